import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from '../../shared/permissions';
import { PLUGIN_ID } from './plugin-config';
import { prepareDatabase } from './database';
import { persistNewsroomTables } from './database/persisted-tables';
import { restorePhotoLinks } from './database/photo-links';
import { getService } from './services/get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await persistNewsroomTables(strapi);
  await restorePhotoLinks(strapi);
  await getService(strapi, 'withheldIdentity').sealUnsettled();
  await getService(strapi, 'reporterProfileWrites').refreshSearchKeys();
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(ADMIN_ACTIONS.map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID })));
  // The Content Manager has synced its layouts in its own bootstrap, which runs before plugins'.
  await getService(strapi, 'adminEditLayout').hidePanelFields();
  await prepareDatabase(strapi);
  // Before the server listens: reporter pages read the index from the first request on.
  await getService(strapi, 'creditIndex').ensureFresh();
};
