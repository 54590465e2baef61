import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from '../../shared/permissions';
import { PLUGIN_ID } from './plugin-config';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(
    ADMIN_ACTIONS.map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID }))
  );
};
