import type { Core } from '@strapi/strapi';
import { newsroomTables } from './persisted-tables';
import { CREDIT_INDEX_TABLES } from './credit-index-tables';

const HOUR = 60 * 60 * 1000;

/**
 * SQLite chooses join orders from statistics that only ANALYZE gathers, and nothing in Strapi runs
 * it. Without them it joins a component join table through its `field` index (every row has the
 * same value) instead of the entry's id: populating the credits of a page of 25 articles took
 * ~100 ms instead of ~0.3 ms with 100,000 articles (bench/, README "Benchmark").
 *
 * Only the plugin's tables are analyzed (`newsroomTables`: its types, components and their joins,
 * and the enabled types' credit and key-facts joins). `PRAGMA optimize` would analyze the whole
 * database, and that changes the site's own plans too, not always for the better: with statistics
 * SQLite counted a page of 100,000 articles by scanning the table (~35 ms) instead of an index
 * (~8 ms), on every REST listing.
 *
 * A table is analyzed when it has rows but no statistics, or its row count has changed by a factor
 * of more than 1.5 since: at start-up, then hourly, as SQLite advises for long-lived connections. Once done it costs
 * a count per table (a few ms in all); a first ANALYZE of 100,000 articles' credits, ~0.3 s once.
 * No `analysis_limit`: its sampled figures misjudge exactly these single-value columns (`field`,
 * `component_type`). PostgreSQL (autovacuum) and MySQL (persistent InnoDB statistics) keep their own.
 */
export const keepPlannerStatistics = async (strapi: Core.Strapi) => {
  if (strapi.db.dialect.client !== 'sqlite') return;
  await analyzeStaleTables(strapi);
  const timer = setInterval(() => {
    // Once Strapi is destroyed the connection is gone: stop quietly.
    analyzeStaleTables(strapi).catch(() => clearInterval(timer));
  }, HOUR);
  timer.unref();
};

/** Gathers SQLite's statistics for the plugin's tables that have none or outgrew them (elsewhere, nothing). */
export const analyzeStaleTables = async (strapi: Core.Strapi) => {
  if (strapi.db.dialect.client !== 'sqlite') return;
  const knex = strapi.db.connection;
  const analyzed = new Map<string, number>();
  // sqlite_stat1 exists once anything was ever analyzed; its first figure is the table's row count.
  const hasStats = await knex('sqlite_master').where({ type: 'table', name: 'sqlite_stat1' }).first();
  if (hasStats) {
    for (const { tbl, stat } of (await knex('sqlite_stat1').select('tbl', 'stat')) as { tbl: string; stat: string }[]) {
      analyzed.set(tbl, Number.parseInt(stat, 10));
    }
  }
  for (const table of [...newsroomTables(strapi), CREDIT_INDEX_TABLES.rows, CREDIT_INDEX_TABLES.totals]) {
    const [{ rows }] = (await knex(table).count({ rows: '*' })) as { rows: number }[];
    const before = analyzed.get(table);
    const stale = before === undefined ? rows > 0 : rows > before * 1.5 || rows < before / 1.5;
    if (stale) await knex.raw('ANALYZE ??', [table]);
  }
};
