import type { Core } from '@strapi/strapi';
import { COMPONENT_UIDS } from '../components';
import { IMPORT_RECORD_UID, KEY_FACTS_UID, REPORTER_UID, SLUG_REDIRECT_UID } from '../content-types';
import { getConfig } from '../plugin-config';
import { model } from './metadata';

/** Every table holding the plugin's data: its types, its components, and the joins that link them. */
export const newsroomTables = (strapi: Core.Strapi): string[] => {
  const meta = (uid: string) => model(strapi, uid);
  const tables = new Set<string>();
  for (const uid of [REPORTER_UID, KEY_FACTS_UID, SLUG_REDIRECT_UID, IMPORT_RECORD_UID, ...Object.values(COMPONENT_UIDS)]) {
    const { tableName, attributes } = meta(uid);
    tables.add(tableName);
    for (const attribute of Object.values(attributes)) if (attribute.joinTable) tables.add(attribute.joinTable.name);
  }
  for (const uid of getConfig(strapi).contentTypes) {
    const { attributes } = meta(uid);
    for (const name of ['credits', 'keyFacts']) if (attributes[name]?.joinTable) tables.add(attributes[name].joinTable!.name);
  }
  return [...tables];
};

/**
 * Strapi drops, at start-up, every table it created that the current schema no longer has: a
 * site that disables the plugin for a while would lose every profile, box and credit. Tables in
 * the core store's `persisted_tables` are kept; the plugin's are listed there. (To remove the
 * plugin's data for good, drop these tables by hand.)
 */
export const persistNewsroomTables = async (strapi: Core.Strapi) => {
  const store = { type: 'core', key: 'persisted_tables' } as const;
  const persisted = ((await strapi.store.get(store)) as Array<string | { name: string }> | null) ?? [];
  const names = new Set(persisted.map((table) => (typeof table === 'string' ? table : table.name)));
  const missing = newsroomTables(strapi).filter((name) => !names.has(name));
  if (missing.length > 0) await strapi.store.set({ ...store, value: [...persisted, ...missing] });
};
