import type { Core } from '@strapi/strapi';
import { ensureIndexes } from './indexes';
import { keepPlannerStatistics } from './statistics';
import { ensureCreditIndexTables } from './credit-index-tables';
import { ensureChangeCountersTable } from './change-counters';

/**
 * Fits the database to the plugin's queries at newsroom scale: the indexes they need and, on
 * SQLite, planner statistics. Runs at every start after Strapi's schema sync; idempotent, and a few
 * milliseconds once done.
 */
export const prepareDatabase = async (strapi: Core.Strapi) => {
  await ensureIndexes(strapi);
  await ensureCreditIndexTables(strapi);
  await ensureChangeCountersTable(strapi);
  await keepPlannerStatistics(strapi);
};
