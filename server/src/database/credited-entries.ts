import type { Core } from '@strapi/strapi';
import { COMPONENT_UIDS } from '../components';
import { REPORTER_UID } from '../content-types';
import { columnOf, componentJoinColumns, joinTableOf, model } from './metadata';

/**
 * Ids of the rows of enabled type `uid` with a credit naming the published version of reporter
 * `reporterDocumentId`, as a subquery for `where: { id: { $in: … } }`. Those are the published
 * entries crediting them (Strapi 5 links a published entry's relations to published targets),
 * plus any draft crediting the published row; the caller filters on the entry's own status.
 *
 * Strapi's nested filter (`credits: { reporter: { documentId } }`) LEFT JOINs outward from every
 * entry, and no database may reorder a chain of LEFT JOINs: with 100,000 articles each reporter
 * page read them all (~1 s on SQLite). This starts from the reporter and follows the plugin's
 * indexes (./indexes.ts): profile → credit link → component join table → entry id.
 */
export const creditedEntryIds = (strapi: Core.Strapi, uid: string, reporterDocumentId: string) => {
  const attribute = 'credits';
  const credits = joinTableOf(strapi, uid, attribute);
  const reporterLink = joinTableOf(strapi, COMPONENT_UIDS.credit, 'reporter');
  const { field, type } = componentJoinColumns(strapi);
  const reporterColumn = (name: string) => `r.${columnOf(strapi, REPORTER_UID, name)}`;
  return strapi.db
    .getConnection()
    .select(`c.${credits.joinColumn.name}`)
    // 'name as alias' strings: knex puts the schema (PostgreSQL) before those, not before object aliases.
    .from(`${credits.name} as c`)
    .join(`${reporterLink.name} as l`, `l.${reporterLink.joinColumn.name}`, `c.${credits.inverseJoinColumn.name}`)
    .join(`${model(strapi, REPORTER_UID).tableName} as r`, 'r.id', `l.${reporterLink.inverseJoinColumn.name}`)
    .where(`c.${field}`, attribute)
    .where(`c.${type}`, COMPONENT_UIDS.credit)
    .where(reporterColumn('documentId'), reporterDocumentId)
    .whereNotNull(reporterColumn('publishedAt'));
};
