import type { Core } from '@strapi/strapi';
import { normalizeConfig } from './plugin-config';
import { registerComponents, COMPONENT_UIDS } from './components';
import { reporterProfileMiddleware } from './document-middlewares/reporter-profile';
import { withheldReporterSanitizer } from './sanitizers/withheld-reporters';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = normalizeConfig(strapi);
  registerComponents(strapi, config);

  // Credits on every enabled type, shared by all its locales; no schema edits in the site.
  for (const uid of config.contentTypes) {
    const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { attributes: Record<string, unknown> };
    contentType.attributes.credits = {
      type: 'component',
      repeatable: true,
      component: COMPONENT_UIDS.credit,
      pluginOptions: { i18n: { localized: false } },
    };
  }

  strapi.documents.use(reporterProfileMiddleware(strapi));
  strapi.sanitizers.add('content-api.output', withheldReporterSanitizer(strapi) as never);
};
