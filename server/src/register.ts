import type { Core } from '@strapi/strapi';
import { normalizeConfig } from './plugin-config';
import { registerComponents } from './components';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = normalizeConfig(strapi);
  registerComponents(strapi, config);
};
