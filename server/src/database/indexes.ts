import type { Core } from '@strapi/strapi';
import { COMPONENT_UIDS } from '../components';
import { REPORTER_UID } from '../content-types';
import { getConfig } from '../plugin-config';
import { columnOf, componentJoinColumns, joinTableOf, model } from './metadata';

export interface IndexSpec {
  table: string;
  name: string;
  columns: string[];
}

/**
 * Indexes the plugin's queries need and Strapi does not create. Strapi indexes join tables for
 * populating (entry → components → reporter); the plugin also goes the other way, from a reporter
 * to the entries crediting them (reporter pages, delete refusal, merge), and looks profiles up by
 * slug and by folded name. Measured in bench/ (README, "Benchmark").
 */
export const pluginIndexes = (strapi: Core.Strapi): IndexSpec[] => {
  const name = (table: string, purpose: string): string => strapi.db.metadata.identifiers.getIndexName([table, 'nr', purpose]);
  const specs: Omit<IndexSpec, 'name'>[] = [];
  const { field, type } = componentJoinColumns(strapi);

  // reporter → credits: covering, so the walk never reads the link table's rows.
  const reporterLink = joinTableOf(strapi, COMPONENT_UIDS.credit, 'reporter');
  specs.push({ table: reporterLink.name, columns: [reporterLink.inverseJoinColumn.name, reporterLink.joinColumn.name] });

  // credit → entry holding it: Strapi's indexes on `<type>_cmps` all start with the entry's id.
  for (const uid of getConfig(strapi).contentTypes) {
    const credits = joinTableOf(strapi, uid, 'credits');
    specs.push({ table: credits.name, columns: [credits.inverseJoinColumn.name, type, field, credits.joinColumn.name] });
  }

  // Profiles by slug (reporter pages), and the search by folded name: `LIKE '%…%'` cannot seek,
  // but scanning this narrow index is many times cheaper than scanning the profiles' rows.
  const profiles = model(strapi, REPORTER_UID).tableName;
  const column = (attribute: string) => columnOf(strapi, REPORTER_UID, attribute);
  specs.push({ table: profiles, columns: [column('slug')] });
  // MySQL/MariaDB cap an index key at 3072 bytes: five utf8mb4 varchar(255) columns exceed it, so
  // there the index keeps the search column alone.
  const wide = strapi.db.config.connection.client === 'mysql' ? ['searchName'] : ['locale', 'searchName', 'bylineMode', 'publishedAt', 'fullName'];
  specs.push({ table: profiles, columns: wide.map(column) });
  // The withheld sanitizer's per-request lookup (`bylineMode = 'withheld'`, a few rows of many):
  // without it, a scan of every profile (~1.3 ms of SQLite per request with 20,000 rows).
  specs.push({ table: profiles, columns: [column('bylineMode'), column('locale')] });

  return specs.map((spec) => ({ ...spec, name: name(spec.table, spec.columns.join('_')) }));
};

/**
 * Creates the missing ones (with 100,000 articles' credits, ~0.4 s on SQLite, once). Runs after
 * Strapi's schema sync, which leaves indexes it did not create alone; checking first (rather than
 * `IF NOT EXISTS`) works on every database Strapi supports.
 */
export const ensureIndexes = async (strapi: Core.Strapi) => {
  const inspector = strapi.db.dialect.schemaInspector as unknown as { getIndexes(table: string): Promise<{ name: string }[]> };
  // One catalogue read per table, however many of its indexes the plugin keeps.
  const existing = new Map<string, Promise<Set<string>>>();
  const indexesOf = (table: string) => {
    if (!existing.has(table))
      existing.set(
        table,
        inspector.getIndexes(table).then((found) => new Set(found.map((index) => index.name)))
      );
    return existing.get(table)!;
  };
  for (const spec of pluginIndexes(strapi)) {
    if ((await indexesOf(spec.table)).has(spec.name)) continue;
    await strapi.db.getSchemaConnection().alterTable(spec.table, (table) => {
      table.index(spec.columns, spec.name);
    });
    strapi.log.info(`[newsroom] created index ${spec.name} on ${spec.table} (${spec.columns.join(', ')})`);
  }
};
