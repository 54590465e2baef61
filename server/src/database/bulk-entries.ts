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
 * The row ids of these reporters in `locale` (or, unless `exact`, any locale when the reporter has
 * none there), draft and published, by documentId.
 */
const reporterRows = async (strapi: Core.Strapi, trx: Knex.Transaction, documentIds: string[], locale: string | null, exact: boolean) => {
  const table = tableOf(strapi);
  const found = new Map<string, { draft?: number; published?: number }>();
  const column = (attribute: string) => columnOf(strapi, REPORTER_UID, attribute);
  for (const part of chunks([...new Set(documentIds)])) {
    const rows = (await table(trx, model(strapi, REPORTER_UID).tableName)
      .whereIn(column('documentId'), part)
      .orderBy('id', 'asc')
      .select({ id: 'id', documentId: column('documentId'), publishedAt: column('publishedAt'), locale: column('locale') })) as Row[];
    for (const row of rows) {
      if (exact && row.locale !== locale) continue;
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

  await writeCredits(
    strapi,
    trx,
    uid,
    versions.map((version, index) => ({ id: entryIds[index], locale, published: version.published, credits: version.entry.credits, synced: false })),
    draftAndPublish
  );
  return documentIds;
};

/**
 * Credit component rows for entry rows, in byline order, with their `_cmps` links and their
 * reporters: a published version's credits name the reporters' published rows; a draft's, and (as
 * Strapi does) those of a type without drafts, their draft rows, in the entry's locale. A row
 * `synced` from another locale (as Strapi's i18n sync copies shared fields) names only a reporter
 * of its own locale: a reporter with no profile there is left out of that credit, as the sync does.
 */
const writeCredits = async (
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  uid: string,
  versions: { id: number; locale: string | null; published: boolean; credits: BulkCredit[]; synced: boolean }[],
  draftAndPublish: boolean
) => {
  const table = tableOf(strapi);
  const credits = versions.flatMap((version) => version.credits.map((credit, order) => ({ version, credit, order })));
  if (credits.length === 0) return;
  const creditIds = await insertRows(
    strapi,
    COMPONENT_UIDS.credit,
    credits.map(({ credit }) => ({ role: credit.role }))
  );

  const components = joinTableOf(strapi, uid, 'credits');
  const { field, type } = componentJoinColumns(strapi);
  const componentLinks = credits.map(({ version, order }, index) => ({
    [components.joinColumn.name]: version.id,
    [components.inverseJoinColumn.name]: creditIds[index],
    [type]: COMPONENT_UIDS.credit,
    [field]: 'credits',
    [components.orderColumnName ?? 'order']: order + 1,
  }));
  for (const part of chunks(componentLinks)) await table(trx, components.name).insert(part);

  const reporters = new Map<string, Awaited<ReturnType<typeof reporterRows>>>();
  const keyOf = (version: { locale: string | null; synced: boolean }) => `${version.synced}:${version.locale}`;
  for (const version of versions) {
    if (reporters.has(keyOf(version))) continue;
    const named = credits.filter((c) => keyOf(c.version) === keyOf(version)).map(({ credit }) => credit.reporter);
    reporters.set(keyOf(version), await reporterRows(strapi, trx, named, version.locale, version.synced));
  }
  const reporterLink = joinTableOf(strapi, COMPONENT_UIDS.credit, 'reporter');
  const reporterLinks = credits.flatMap(({ credit, version }, index) => {
    const target = draftAndPublish && version.published ? 'published' : 'draft';
    const rowId = reporters.get(keyOf(version))?.get(credit.reporter)?.[target];
    if (rowId === undefined && version.synced) return [];
    if (rowId === undefined) {
      throw new Error(`[newsroom] bulk insert: reporter ${credit.reporter} has no ${target} row`);
    }
    return [{ [reporterLink.joinColumn.name]: creditIds[index], [reporterLink.inverseJoinColumn.name]: rowId }];
  });
  for (const part of chunks(reporterLinks)) await table(trx, reporterLink.name).insert(part);
};

/** A stored row of a document: its draft or published version in one locale. */
export interface StoredVersion {
  id: number;
  documentId: string;
  locale: string | null;
  published: boolean;
  updatedAt: Date;
}

/** Every row (each locale, draft and published) of these documents of `uid`. */
export const readVersions = async (strapi: Core.Strapi, uid: string, documentIds: string[]): Promise<StoredVersion[]> => {
  const column = (attribute: string) => columnOf(strapi, uid, attribute);
  const localized = Boolean(model(strapi, uid).attributes.locale?.columnName);
  const found: StoredVersion[] = [];
  for (const part of chunks(documentIds)) {
    const rows = (await tableOf(strapi)(strapi.db.connection, model(strapi, uid).tableName)
      .whereIn(column('documentId'), part)
      .orderBy('id', 'asc')
      .select({
        id: 'id',
        documentId: column('documentId'),
        publishedAt: column('publishedAt'),
        updatedAt: column('updatedAt'),
        ...(localized ? { locale: column('locale') } : {}),
      })) as Row[];
    for (const row of rows) {
      found.push({
        id: Number(row.id),
        documentId: row.documentId,
        locale: row.locale ?? null,
        published: row.publishedAt !== null,
        updatedAt: new Date(row.updatedAt),
      });
    }
  }
  return found;
};

/**
 * Gives existing documents new credits, as the Document Service's update of the draft in `locale`
 * (null for a type without locales), its i18n sync to the other locales and the publication of
 * each published locale would have left them:
 * every row of the document (each locale, draft and published) has the credits, in order, its old
 * credit component rows gone, its update time (and a published row's publication time) now.
 * Only for documents whose published rows show their drafts (no unpublished change), which a
 * publication would otherwise carry over. Runs in the caller's transaction when there is one.
 */
export const replaceCredits = async (
  strapi: Core.Strapi,
  uid: string,
  documents: { versions: StoredVersion[]; credits: BulkCredit[] }[],
  locale: string | null,
  draftAndPublish: boolean
): Promise<void> => {
  await strapi.db.transaction(async ({ trx }) => {
    const table = tableOf(strapi);
    const versions = documents.flatMap((document) =>
      document.versions.map((version) => ({ ...version, credits: document.credits, synced: locale !== null && version.locale !== locale }))
    );
    const rowIds = versions.map((version) => version.id);
    const components = joinTableOf(strapi, uid, 'credits');
    const { field } = componentJoinColumns(strapi);
    const reporterLink = joinTableOf(strapi, COMPONENT_UIDS.credit, 'reporter');
    for (const part of chunks(rowIds)) {
      const links = (await table(trx, components.name)
        .whereIn(components.joinColumn.name, part)
        .where(field, 'credits')
        .select({ component: components.inverseJoinColumn.name })) as Row[];
      for (const old of chunks(links.map((link) => Number(link.component)))) {
        await table(trx, reporterLink.name).whereIn(reporterLink.joinColumn.name, old).delete();
        await table(trx, model(strapi, COMPONENT_UIDS.credit).tableName).whereIn('id', old).delete();
      }
      await table(trx, components.name).whereIn(components.joinColumn.name, part).where(field, 'credits').delete();
    }
    const now = new Date();
    const updatedAt = columnOf(strapi, uid, 'updatedAt');
    const publishedAt = columnOf(strapi, uid, 'publishedAt');
    const entries = model(strapi, uid).tableName;
    for (const part of chunks(versions.filter((version) => !version.published || !draftAndPublish).map((version) => version.id))) {
      await table(trx, entries)
        .whereIn('id', part)
        .update({ [updatedAt]: now });
    }
    if (draftAndPublish) {
      for (const part of chunks(versions.filter((version) => version.published).map((version) => version.id))) {
        await table(trx, entries)
          .whereIn('id', part)
          .update({ [updatedAt]: now, [publishedAt]: now });
      }
    }
    await writeCredits(strapi, trx, uid, versions, draftAndPublish);
  });
};
