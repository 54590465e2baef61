import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../config/schema';
import { CREDIT_COMPONENT_UID, REPORTER_UID } from '../../../shared/content-type-uids';
import { CREDIT_NOTE_MAX_LENGTH } from '../../../shared/credit-rules';

/**
 * The plugin's components. Strapi only loads components from an app's `src/components`, so a
 * plugin registers its own in `register()`, in the shape Strapi's component loader produces.
 */
const definitions = (config: NewsroomConfig): Record<string, { displayName: string; icon: string; attributes: Record<string, unknown> }> => ({
  'social-link': {
    displayName: 'Social link',
    icon: 'link',
    attributes: {
      network: { type: 'string', required: true, maxLength: 40 },
      url: { type: 'string', required: true, maxLength: 500 },
    },
  },
  source: {
    displayName: 'Source',
    icon: 'link',
    attributes: {
      name: { type: 'string', required: true, maxLength: 200 },
      url: { type: 'string', required: true, maxLength: 2048 },
    },
  },
  fact: {
    displayName: 'Fact',
    icon: 'bulletList',
    attributes: {
      text: { type: 'text', required: true, maxLength: 400 },
      label: { type: 'string', maxLength: 80 },
      date: { type: 'date' },
      sources: { type: 'component', repeatable: true, component: 'newsroom.source' },
    },
  },
  rating: {
    displayName: 'Rating',
    icon: 'star',
    attributes: {
      value: { type: 'integer', required: true, min: 1, max: 5 },
      label: { type: 'string', required: true, maxLength: 80 },
    },
  },
  credit: {
    displayName: 'Credit',
    icon: 'feather',
    attributes: {
      reporter: { type: 'relation', relation: 'oneToOne', target: REPORTER_UID },
      role: { type: 'enumeration', enum: config.creditRoles, default: 'author', required: true },
      note: { type: 'string', maxLength: CREDIT_NOTE_MAX_LENGTH },
    },
  },
});

export const COMPONENT_UIDS = {
  socialLink: 'newsroom.social-link',
  credit: CREDIT_COMPONENT_UID,
  fact: 'newsroom.fact',
  source: 'newsroom.source',
  rating: 'newsroom.rating',
} as const;

export const registerComponents = (strapi: Core.Strapi, config: NewsroomConfig) => {
  const components: Record<string, unknown> = {};
  for (const [name, { displayName, icon, attributes }] of Object.entries(definitions(config))) {
    const uid = `newsroom.${name}`;
    const schema = {
      collectionName: `components_newsroom_${name.replace(/-/g, '_')}s`,
      info: { displayName, icon },
      options: {},
      attributes,
    };
    components[uid] = {
      ...schema,
      __schema__: structuredClone(schema),
      uid,
      category: 'newsroom',
      modelType: 'component',
      modelName: name,
      globalId: `ComponentNewsroom${name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
    };
  }
  strapi.get('components').add(components);
};
