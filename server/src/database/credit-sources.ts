import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { COMPONENT_UIDS } from '../components';
import { REPORTER_UID } from '../content-types';
import { getConfig } from '../plugin-config';
import type { CreditSource } from '../domain/credit-index';
import { columnOf, componentJoinColumns, joinTableOf, model, tableOf } from './metadata';
import { isLocalizedType } from '../domain/localized-type';
import type { StoredRow as Row } from '../domain/stored-row';

/** Which published entry versions of a type to read the credits of. */
export type SourceScope =
  | { documentIds: string[] }
  | { reporter: string }
  /** Published rows with ids in (after, upTo]: the batches of a rebuild. */
  | { idsAfter: number; upTo: number };

/**
 * What the database says about credits: every credit of the published versions of an enabled
 * type's entries, with the credited reporter's documentId, the entry's locale and dates. The
 * credit index is this, kept; a rebuild and every change read it here.
 *
 * Published entries link to published reporter rows (Strapi 5), so a reporter's documentId is read
 * from whichever row the credit points to.
 */
export const readCreditSources = async (
  strapi: Core.Strapi,
  trx: Knex | Knex.Transaction,
  uid: string,
  scope: SourceScope,
  { forShare = false }: { forShare?: boolean } = {}
): Promise<CreditSource[]> => {
  const table = tableOf(strapi);
  const entry = model(strapi, uid);
  const credits = joinTableOf(strapi, uid, 'credits');
  const reporterLink = joinTableOf(strapi, COMPONENT_UIDS.credit, 'reporter');
  const { field, type } = componentJoinColumns(strapi);
  const column = (attribute: string) => columnOf(strapi, uid, attribute);
  const localized = isLocalizedType(strapi.contentType(uid as UID.ContentType));
  const dateField = getConfig(strapi).dateFields[uid];
  const dateOnly = dateField ? (strapi.contentType(uid as UID.ContentType) as { attributes: Row }).attributes[dateField].type === 'date' : false;
  const reporterDocumentId = `r.${columnOf(strapi, REPORTER_UID, 'documentId')}`;

  const query = table(trx, `${entry.tableName} as e`)
    .join(`${credits.name} as c`, `c.${credits.joinColumn.name}`, 'e.id')
    .join(`${reporterLink.name} as l`, `l.${reporterLink.joinColumn.name}`, `c.${credits.inverseJoinColumn.name}`)
    .join(`${model(strapi, REPORTER_UID).tableName} as r`, 'r.id', `l.${reporterLink.inverseJoinColumn.name}`)
    .join(`${model(strapi, COMPONENT_UIDS.credit).tableName} as cr`, 'cr.id', `c.${credits.inverseJoinColumn.name}`)
    .where(`c.${field}`, 'credits')
    .where(`c.${type}`, COMPONENT_UIDS.credit)
    .whereNotNull(`e.${column('publishedAt')}`)
    .select({
      reporter: reporterDocumentId,
      documentId: `e.${column('documentId')}`,
      role: `cr.${columnOf(strapi, COMPONENT_UIDS.credit, 'role')}`,
      order: `c.${(credits as { orderColumnName?: string }).orderColumnName ?? 'order'}`,
      publishedAt: `e.${column('publishedAt')}`,
      ...(localized ? { locale: `e.${column('locale')}` } : {}),
      ...(dateField ? { editorialDate: `e.${column(dateField)}` } : {}),
    });

  if ('documentIds' in scope) query.whereIn(`e.${column('documentId')}`, scope.documentIds);
  else if ('reporter' in scope) query.where(reporterDocumentId, scope.reporter);
  else query.where('e.id', '>', scope.idsAfter).where('e.id', '<=', scope.upTo);

  // Held until the reader commits: a concurrent publish or unpublish of these rows waits, then sees what was read.
  if (forShare) query.forShare();
  const rows = (await query) as Row[];
  return rows.map((row) => ({
    reporter: row.reporter,
    contentType: uid,
    documentId: row.documentId,
    locale: localized ? (row.locale ?? null) : null,
    role: row.role,
    order: Number(row.order ?? 0),
    editorialDate: dateOnly ? calendarDate(row.editorialDate) : row.editorialDate,
    publishedAt: row.publishedAt,
  }));
};

/**
 * A date-only value as YYYY-MM-DD. Drivers that return DATE columns as Date objects make them at
 * local midnight; read back in local time, the calendar day is the one stored.
 */
const calendarDate = (value: unknown) => {
  if (!(value instanceof Date)) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
};

/** The next batch of at most `size` published rows of `uid` after id `after`: its last id and size, or null when done. */
export const nextPublishedBatch = async (strapi: Core.Strapi, trx: Knex | Knex.Transaction, uid: string, after: number, size: number) => {
  const rows = (await tableOf(strapi)(trx, model(strapi, uid).tableName)
    .whereNotNull(columnOf(strapi, uid, 'publishedAt'))
    .where('id', '>', after)
    .orderBy('id', 'asc')
    .limit(size)
    .select('id')) as Row[];
  return rows.length ? { upTo: Number(rows[rows.length - 1].id), rows: rows.length } : null;
};

/** The number of published rows of `uid`. */
export const countPublished = async (strapi: Core.Strapi, trx: Knex | Knex.Transaction, uid: string) => {
  const [{ rows }] = (await tableOf(strapi)(trx, model(strapi, uid).tableName)
    .whereNotNull(columnOf(strapi, uid, 'publishedAt'))
    .count({ rows: '*' })) as Row[];
  return Number(rows);
};
