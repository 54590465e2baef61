import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { tableOf } from './metadata';

/**
 * Counters raised in the transaction of a change, so that a document built from the data (the
 * reporter sitemap) can tell with one primary-key read whether it is still current, in every
 * instance of the site. A time-based cache could serve a reporter withheld a minute ago; a counter
 * raised with the withholding cannot.
 */
export const CHANGE_COUNTERS_TABLE = 'newsroom_change_counters';

const COUNTERS = ['reporter-sitemap'] as const;
export type ChangeCounter = (typeof COUNTERS)[number];

/** Creates the table when missing, and each counter's row: only rows that exist are raised and read. */
export const ensureChangeCountersTable = async (strapi: Core.Strapi) => {
  if (!(await strapi.db.getSchemaConnection().hasTable(CHANGE_COUNTERS_TABLE))) {
    await strapi.db.getSchemaConnection().createTable(CHANGE_COUNTERS_TABLE, (table) => {
      table.string('name', 64).notNullable().primary();
      table.bigInteger('value').notNullable();
    });
  }
  await tableOf(strapi)(strapi.db.connection, CHANGE_COUNTERS_TABLE)
    .insert(COUNTERS.map((name) => ({ name, value: 0 })))
    .onConflict('name')
    .ignore();
};

/** Raises `name` in `trx`: whoever reads it after the commit sees a new value. */
export const raiseChangeCounter = (strapi: Core.Strapi, trx: Knex | Knex.Transaction, name: ChangeCounter) =>
  tableOf(strapi)(trx, CHANGE_COUNTERS_TABLE).where({ name }).increment('value', 1);

/** The counter's value; null when its row is missing (nothing may be cached against it then). */
export const readChangeCounter = async (strapi: Core.Strapi, name: ChangeCounter): Promise<string | null> => {
  const row = (await tableOf(strapi)(strapi.db.connection, CHANGE_COUNTERS_TABLE).where({ name }).first('value')) as { value: unknown } | undefined;
  return row ? String(row.value) : null;
};
