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
  for (const [uid, field] of Object.entries(config.dateFields)) {
    if (!config.contentTypes.includes(uid)) throw new Error(`Invalid newsroom config: "dateFields" names "${uid}", which is not in "contentTypes"`);
    const attribute = (strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { attributes: Record<string, { type: string }> }).attributes[field];
    if (!attribute || !['date', 'datetime'].includes(attribute.type)) {
      throw new Error(`Invalid newsroom config: "dateFields.${uid}" must name a date or datetime attribute of that type, not "${field}"`);
    }
  }
  strapi.config.set(`plugin::${PLUGIN_ID}`, config);
  return config;
};
