import type { Core } from '@strapi/strapi';
import { getConfig } from '../../plugin-config';
import type { StoredRow as Row } from '../../domain/stored-row';

/** The fields the plugin adds to enabled types, which the Byline and Key facts panels edit. */
export const PANEL_FIELDS = ['credits', 'keyFacts'] as const;

/**
 * Keeps the plugin's fields out of the Content Manager's edit layout of every enabled type: the
 * side panels edit them, and the generic component and relation inputs would show them twice.
 * The fields stay in the form's values, so the article's Save and Publish still send them.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async hidePanelFields() {
    for (const uid of getConfig(strapi).contentTypes) {
      const key = { type: 'plugin' as const, name: 'content_manager_configuration', key: `content_types::${uid}` };
      const configuration = (await strapi.store.get(key)) as Row | null;
      if (!configuration?.layouts?.edit) continue;
      const hidden = (name: string) => (PANEL_FIELDS as readonly string[]).includes(name);
      const edit = (configuration.layouts.edit as Row[][]).map((row) => row.filter((field) => !hidden(field.name))).filter((row) => row.length > 0);
      const metadatas = { ...configuration.metadatas };
      for (const name of PANEL_FIELDS) {
        if (metadatas[name]) metadatas[name] = { ...metadatas[name], edit: { ...metadatas[name].edit, visible: false } };
      }
      if (JSON.stringify(edit) === JSON.stringify(configuration.layouts.edit) && JSON.stringify(metadatas) === JSON.stringify(configuration.metadatas))
        continue;
      await strapi.store.set({ ...key, value: { ...configuration, layouts: { ...configuration.layouts, edit }, metadatas } });
    }
  },
});
