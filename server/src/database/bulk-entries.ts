import crypto from 'crypto';
import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { COMPONENT_UIDS } from '../components';
import { REPORTER_UID } from '../content-types';
import { columnOf, componentJoinColumns, joinTableOf, model, tableOf } from './metadata';
import type { StoredRow as Row } from '../domain/stored-row';

/**
 * New documents written many at a time, with their credits, as the Document Service would have
 * stored them one by one: a draft row and (when published) a published row sharing one documentId,
 * each with its own credit component rows, in byline order, linked to the reporter's draft or
 * published row. For the WordPress import at scale: its entries, and its new profiles (which have
 * no credits). The site's own Document Service middlewares and lifecycles do not run for these rows.
 */

export interface BulkCredit {
  /** The reporter's documentId. */
  reporter: string;
  role: string;
}

export interface BulkEntry {
  /** The entry's attribute values (already validated), credits aside. */
  data: Row;
  published: boolean;
  credits: BulkCredit[];
}

// Rows per insert: under every database's limit on bound values at a few columns a row.
const CHUNK = 200;
const chunks = <V>(items: V[], size = CHUNK): V[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** A new documentId, in the form Strapi gives them (24 lowercase letters and digits, a letter first). */
export const newDocumentId = (): string => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.randomBytes(24);
  return Array.from(bytes, (byte, i) => alphabet[byte % (i === 0 ? 26 : 36)]).join('');
};

/**
 * Inserts rows of `uid` through Strapi's query engine (its column names and value conversions)
 * and gives their ids in order. PostgreSQL and SQLite return every id of a multi-row insert;
 * MySQL returns only the first, so there rows go one at a time.
 */
const insertRows = async (strapi: Core.Strapi, uid: string, rows: Row[]): Promise<number[]> => {
  if (rows.length === 0) return [];
  const query = strapi.db.query(uid as UID.Schema);
  const ids: number[] = [];
  if (strapi.db.dialect.useReturning()) {
    for (const part of chunks(rows)) ids.push(...(await query.createMany({ data: part })).ids.map(Number));
  } else {
    for (const row of rows) ids.push(...(await query.createMany({ data: [row] })).ids.map(Number));
  }
  if (ids.length !== rows.length) throw new Error(`[newsroom] bulk insert into ${uid}: ${rows.length} rows, ${ids.length} ids`);
  return ids;
};

/**
 * The row ids of these reporters in `locale` (or any locale when the reporter has none there),
 * draft and published, by documentId.
 */
const reporterRows = async (strapi: Core.Strapi, trx: Knex.Transaction, documentIds: string[], locale: string | null) => {
  const table = tableOf(strapi);
  const found = new Map<string, { draft?: number; published?: number }>();
  const column = (attribute: string) => columnOf(strapi, REPORTER_UID, attribute);
  for (const part of chunks([...new Set(documentIds)])) {
    const rows = (await table(trx, model(strapi, REPORTER_UID).tableName)
      .whereIn(column('documentId'), part)
      .orderBy('id', 'asc')
      .select({ id: 'id', documentId: column('documentId'), publishedAt: column('publishedAt'), locale: column('locale') })) as Row[];
    for (const row of rows) {
      const ids = found.get(row.documentId) ?? {};
      const version = row.publishedAt === null ? 'draft' : 'published';
      // The entry's own locale first; another locale's row only when the reporter has none in it.
      if (ids[version] === undefined || row.locale === locale) ids[version] = Number(row.id);
      found.set(row.documentId, ids);
    }
  }
  return found;
};

/**
 * Writes `entries` of `uid` (each a new document) in `locale` (null for a type without locales)
 * and returns their documentIds in order; `draftAndPublish` says whether the type keeps drafts.
 * Runs in the caller's transaction when there is one (a failure leaves none of them), else in its own.
 */
export const insertEntries = async (
  strapi: Core.Strapi,
  uid: string,
  entries: BulkEntry[],
  locale: string | null,
  draftAndPublish: boolean
): Promise<string[]> => {
  let documentIds: string[] = [];
  await strapi.db.transaction(async ({ trx }) => {
    documentIds = await writeEntries(strapi, trx, uid, entries, locale, draftAndPublish);
  });
  return documentIds;
};

const writeEntries = async (strapi: Core.Strapi, trx: Knex.Transaction, uid: string, entries: BulkEntry[], locale: string | null, draftAndPublish: boolean) => {
  const table = tableOf(strapi);
  const now = new Date();
  const documentIds = entries.map(() => newDocumentId());

  // Entry rows: each document's draft, then its published version when it has one. A type
  // without drafts has one row, published.
  const versions = entries.flatMap((entry, index) => {
    const row = { ...entry.data, documentId: documentIds[index], createdAt: now, updatedAt: now, ...(locale === null ? {} : { locale }) };
    if (!draftAndPublish) return [{ entry, row: { ...row, publishedAt: now }, published: true }];
    return [
      { entry, row: { ...row, publishedAt: null }, published: false },
      ...(entry.published ? [{ entry, row: { ...row, publishedAt: now }, published: true }] : []),
    ];
  });
  const entryIds = await insertRows(
    strapi,
    uid,
    versions.map((version) => version.row)
  );

  if (entries.every((entry) => entry.credits.length === 0)) return documentIds;

  // Credit components: every version has its own, in byline order.
  const credits = versions.flatMap((version, index) => version.entry.credits.map((credit, order) => ({ version, entryId: entryIds[index], credit, order })));
  const creditIds = await insertRows(
    strapi,
    COMPONENT_UIDS.credit,
    credits.map(({ credit }) => ({ role: credit.role }))
  );

  const components = joinTableOf(strapi, uid, 'credits');
  const { field, type } = componentJoinColumns(strapi);
  const componentLinks = credits.map(({ entryId, order }, index) => ({
    [components.joinColumn.name]: entryId,
    [components.inverseJoinColumn.name]: creditIds[index],
    [type]: COMPONENT_UIDS.credit,
    [field]: 'credits',
    [components.orderColumnName ?? 'order']: order + 1,
  }));
  for (const part of chunks(componentLinks)) await table(trx, components.name).insert(part);

  // The credits of a published version name the reporters' published rows; a draft's, and (as
  // Strapi does) those of a type without drafts, their draft rows.
  const reporters = await reporterRows(
    strapi,
    trx,
    credits.map(({ credit }) => credit.reporter),
    locale
  );
  const reporterLink = joinTableOf(strapi, COMPONENT_UIDS.credit, 'reporter');
  const reporterLinks = credits.map(({ credit, version }, index) => {
    const target = draftAndPublish && version.published ? 'published' : 'draft';
    const rowId = reporters.get(credit.reporter)?.[target];
    if (rowId === undefined) {
      throw new Error(`[newsroom] bulk insert: reporter ${credit.reporter} has no ${target} row`);
    }
    return { [reporterLink.joinColumn.name]: creditIds[index], [reporterLink.inverseJoinColumn.name]: rowId };
  });
  for (const part of chunks(reporterLinks)) await table(trx, reporterLink.name).insert(part);
  return documentIds;
};
