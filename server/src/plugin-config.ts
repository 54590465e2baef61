import type { Core } from '@strapi/strapi';
import { parseConfig, type NewsroomConfig } from './config/schema';

export const PLUGIN_ID = 'newsroom';

/** The plugin's config, parsed once in `register()` and typed from then on. */
export const getConfig = (strapi: Core.Strapi): NewsroomConfig => strapi.config.get(`plugin::${PLUGIN_ID}`);

export const normalizeConfig = (strapi: Core.Strapi): NewsroomConfig => {
  const config = parseConfig(strapi.config.get(`plugin::${PLUGIN_ID}`));
  const unknownTypes = config.contentTypes.filter((uid) => !strapi.contentTypes[uid as keyof typeof strapi.contentTypes]);
  if (unknownTypes.length > 0) {
    throw new Error(
      `Invalid newsroom config: "contentTypes" lists ${unknownTypes.map((uid) => `"${uid}"`).join(', ')}, ` +
        `which ${unknownTypes.length === 1 ? 'is not a content type' : 'are not content types'} of this site`
    );
  }
  strapi.config.set(`plugin::${PLUGIN_ID}`, config);
  return config;
};
