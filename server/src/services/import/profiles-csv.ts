import type { Core } from '@strapi/strapi';
import { IMPORT_RECORD_UID, REPORTER_UID } from '../../content-types';
import { checkProfile } from '../../../../shared/reporter-profile-rules';
import { documentsOf } from '../../database/documents-of';
import { revealedRow } from '../../domain/withheld-identity';
import { slugFromName } from '../../domain/slugs';
import type { StoredRow as Data } from '../../domain/stored-row';
import {
  LOCALIZED_FIELDS,
  SHARED_FIELDS,
  changedColumns,
  profilesCsv,
  readProfilesCsv,
  type ProfileDocument,
  type ProfileRow,
  type RowError,
} from '../../import/profile-csv';

export interface ProfilesCsvOptions {
  /** The file's text. */
  text: string;
  /** Work out and return the plan; write nothing. */
  dryRun?: boolean;
  /** Write over profiles an editor changed after the file was exported (or last imported). */
  overwrite?: boolean;
  /** The profiles the rows may name (a database `where`, the admin's readable ones); all by default. */
  scope?: Data;
  onProgress?: (progress: { phase: 'profiles'; done: number; total: number }) => void;
}

export interface ProfileCsvLine {
  row: number;
  documentId: string | null;
  fullName: string;
  /** The columns an update changes. */
  columns: string[];
}

export interface ProfilesCsvReport {
  dryRun: boolean;
  profiles: { create: ProfileCsvLine[]; update: ProfileCsvLine[]; unchanged: number; keptEdited: ProfileCsvLine[] };
  /** Every problem of the file, by row and column. When there is one, nothing was written. */
  errors: RowError[];
}

const PAGE = 500;

/** A stored profile as the file compares it, with what an import needs beside: whether it has a photo, the locales it has. */
type StoredProfile = ProfileDocument & { photo: boolean; localesStored: string[] };
const STORED_FIELDS = ['documentId', 'locale', 'updatedAt', 'photoFileId', 'withheldIdentity', 'withheldSlug', ...SHARED_FIELDS, ...LOCALIZED_FIELDS];
const recordKey = (documentId: string) => `csv:profile:${documentId}`;
const latest = (a: string | null, b: unknown): string | null => {
  if (b === null || b === undefined) return a;
  const value = new Date(b as string).toISOString();
  return a === null || value > a ? value : a;
};

/**
 * Reporter profiles to and from CSV (import/profile-csv.ts is the file format). An import checks
 * every row first, by the profile's own rules and against what is stored (the key exists, the
 * slug is free), and writes nothing if any row is wrong; then each row is written in one
 * transaction, through the Document Service, so the write rules run again. A profile an editor
 * changed after the row's `updatedAt` (or after the last import of it) is kept unless `overwrite`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(REPORTER_UID);
  const records = () => strapi.db.query(IMPORT_RECORD_UID);
  const documents = documentsOf(strapi, REPORTER_UID);

  /** The site's locales, the default first. */
  const siteLocales = async (): Promise<string[]> => {
    const i18n = strapi.plugin('i18n').service('locales');
    const defaultLocale: string = await i18n.getDefaultLocale();
    const codes = ((await i18n.find()) as Data[]).map((locale) => String(locale.code));
    return [defaultLocale, ...codes.filter((code) => code !== defaultLocale).sort()];
  };

  /** Draft rows (every locale) grouped into documents, as editors see them (a withheld profile's real identity). */
  const grouped = (drafts: Data[]): Map<string, StoredProfile> => {
    const found = new Map<string, StoredProfile>();
    for (const raw of drafts) {
      const row = revealedRow(raw);
      let profile = found.get(row.documentId);
      if (!profile) {
        profile = { documentId: row.documentId, updatedAt: null, shared: {}, locales: {}, photo: row.photoFileId != null, localesStored: [] };
        for (const field of SHARED_FIELDS) profile.shared[field] = row[field];
        found.set(row.documentId, profile);
      }
      profile.updatedAt = latest(profile.updatedAt, row.updatedAt);
      profile.localesStored.push(row.locale);
      profile.locales[row.locale] = Object.fromEntries(LOCALIZED_FIELDS.map((field) => [field, row[field]]));
    }
    return found;
  };

  const storedWhere = async (where: Data, scope: Data = {}) =>
    grouped((await rows().findMany({ where: { $and: [where, { publishedAt: null }, scope] }, select: STORED_FIELDS, orderBy: { id: 'asc' } })) as Data[]);

  const publishedLocales = async (documentId: string): Promise<string[]> =>
    ((await rows().findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['locale'] })) as Data[]).map((row) => row.locale);

  return {
    siteLocales,

    /** Every profile (merged ones excepted) within `scope`, every locale, as the text of a CSV file. */
    async exportCsv(scope: Data = {}): Promise<string> {
      const locales = await siteLocales();
      const profiles = new Map<string, ProfileDocument>();
      // A page of documents at a time, each with all its locales.
      for (let lastId = 0; ; ) {
        const ids = (await rows().findMany({
          where: { $and: [{ id: { $gt: lastId }, publishedAt: null, mergedInto: null }, scope] },
          select: ['id', 'documentId'],
          orderBy: { id: 'asc' },
          limit: PAGE,
        })) as Data[];
        if (ids.length === 0) break;
        lastId = ids[ids.length - 1].id;
        const page = await storedWhere({ documentId: { $in: [...new Set(ids.map((row) => row.documentId))] } }, scope);
        // A document whose locales straddle two pages came whole with the first.
        for (const [documentId, profile] of page) if (!profiles.has(documentId)) profiles.set(documentId, profile);
      }
      return profilesCsv([...profiles.values()], locales);
    },

    async run(options: ProfilesCsvOptions): Promise<ProfilesCsvReport> {
      const dryRun = Boolean(options.dryRun);
      const locales = await siteLocales();
      const read = readProfilesCsv(options.text, locales);
      const errors = [...read.errors];
      const report: ProfilesCsvReport = { dryRun, profiles: { create: [], update: [], unchanged: 0, keptEdited: [] }, errors };

      // What is stored for the rows' keys, and who holds the slugs they ask for. A row with neither
      // key is the profile its name's slug and the same name point to (so a file of new names,
      // imported twice, creates them once).
      const documentIds = read.rows.flatMap((row) => (row.documentId ? [row.documentId] : []));
      const slugOf = (row: ProfileRow): { slug: string; fromName: boolean } | null => {
        if (typeof row.shared.slug === 'string') return { slug: row.shared.slug, fromName: false };
        const fromName = row.documentId ? '' : slugFromName(String(row.shared.fullName));
        return fromName ? { slug: fromName, fromName: true } : null;
      };
      const slugs = read.rows.flatMap((row) => slugOf(row)?.slug ?? []);
      const scope = options.scope ?? {};
      const stored = documentIds.length ? await storedWhere({ documentId: { $in: documentIds } }, scope) : new Map<string, StoredProfile>();
      const slugOwners = new Map<string, string>();
      if (slugs.length) {
        const owners = (await rows().findMany({
          where: { $or: [{ slug: { $in: slugs } }, { withheldSlug: { $in: slugs } }] },
          select: ['documentId', 'slug', 'withheldSlug'],
        })) as Data[];
        for (const owner of owners) slugOwners.set(owner.withheldSlug ?? owner.slug, owner.documentId);
      }
      const bySlug = [...slugOwners.values()].filter((id) => !stored.has(id));
      if (bySlug.length) for (const [id, profile] of await storedWhere({ documentId: { $in: bySlug } }, scope)) stored.set(id, profile);

      const targets = new Map<ProfileRow, string | null>();
      const claimed = new Map<string, number>();
      for (const row of read.rows) {
        const key = slugOf(row);
        const owner = key ? slugOwners.get(key.slug) : undefined;
        const sameName = owner !== undefined && stored.get(owner)?.shared.fullName === row.shared.fullName;
        const target = row.documentId ?? (owner && (!key?.fromName || sameName) ? owner : null);
        const slug = key && !key.fromName ? key.slug : null;
        if (row.documentId && !stored.has(row.documentId)) {
          errors.push({ row: row.row, column: 'documentId', message: `no reporter profile has documentId "${row.documentId}"` });
          continue;
        }
        // (A slug held by a profile outside the admin's scope is taken just the same.)
        if (slug && slugOwners.has(slug) && (slugOwners.get(slug) !== target || !stored.has(target!))) {
          errors.push({ row: row.row, column: 'slug', message: `"${slug}" is already used by another reporter` });
          continue;
        }
        // Two rows for one profile would write it twice, the second over the first.
        const twin = target ? claimed.get(target) : undefined;
        if (twin !== undefined) {
          errors.push({ row: row.row, column: null, message: `is the same profile as row ${twin}` });
          continue;
        }
        if (target) claimed.set(target, row.row);
        // The photo is not in the file: the stored one still needs its alternative text.
        const profile = target ? stored.get(target) : undefined;
        const photoIssue = checkProfile({ ...profile?.shared, ...row.shared, photo: profile?.photo ? true : null }).find(
          (issue) => issue.path[0] === 'photoAlt'
        );
        if (photoIssue) {
          errors.push({ row: row.row, column: 'photoAlt', message: `${photoIssue.message} (the profile has one)` });
          continue;
        }
        targets.set(row, target);
      }
      errors.sort((a, b) => a.row - b.row);
      if (errors.length) return report;

      const importRecords = new Map<string, Data>();
      const keys = [...targets.values()].filter((id): id is string => id !== null).map(recordKey);
      for (let i = 0; i < keys.length; i += PAGE) {
        for (const record of (await records().findMany({ where: { sourceKey: { $in: keys.slice(i, i + PAGE) } } })) as Data[])
          importRecords.set(record.sourceKey, record);
      }

      let done = 0;
      for (const [row, target] of targets) {
        options.onProgress?.({ phase: 'profiles', done: done++, total: targets.size });
        const fullName = String(row.shared.fullName);
        if (!target) {
          report.profiles.create.push({ row: row.row, documentId: null, fullName, columns: row.columns });
          if (!dryRun) report.profiles.create[report.profiles.create.length - 1].documentId = await create(row, locales);
          continue;
        }
        const profile = stored.get(target)!;
        const columns = changedColumns(row, profile, locales);
        const line: ProfileCsvLine = { row: row.row, documentId: target, fullName, columns };
        if (columns.length === 0) {
          report.profiles.unchanged += 1;
          continue;
        }
        // Changed by an editor after the version the row was exported from, and after this import last wrote it.
        const since = latest(row.updatedAt === null ? null : new Date(row.updatedAt).toISOString(), importRecords.get(recordKey(target))?.imported?.updatedAt);
        if (!options.overwrite && since !== null && profile.updatedAt !== null && profile.updatedAt > since) {
          report.profiles.keptEdited.push(line);
          continue;
        }
        report.profiles.update.push(line);
        if (!dryRun) await update(row, profile, columns, importRecords.get(recordKey(target)));
      }
      options.onProgress?.({ phase: 'profiles', done: targets.size, total: targets.size });
      return report;
    },
  };

  /** Localized data of the row for one locale, when it has any cell there. */
  function localized(row: ProfileRow, locale: string): Data | null {
    const data = row.locales[locale];
    return data && Object.values(data).some((value) => value !== null) ? data : null;
  }

  /** Creates the profile (a draft, in each locale the row has text for) in one transaction; returns its documentId. */
  async function create(row: ProfileRow, locales: string[]): Promise<string> {
    let documentId = '';
    await strapi.db.transaction(async () => {
      const [first, ...others] = locales.filter((locale) => localized(row, locale)).concat(locales[0]);
      const created = await documents.create({ locale: first, data: { ...row.shared, ...row.locales[first] } });
      for (const locale of new Set(others)) {
        if (locale !== first) await documents.update({ documentId: String(created.documentId), locale, data: row.locales[locale] });
      }
      documentId = String(created.documentId);
      await remember(documentId, undefined);
    });
    return documentId;
  }

  /**
   * Writes the changed columns in one transaction, re-publishes the locales that were published
   * (so the public profile shows the change), and remembers the version it left.
   */
  async function update(row: ProfileRow, profile: StoredProfile, columns: string[], record: Data | undefined) {
    const documentId = String(profile.documentId);
    const sharedData = Object.fromEntries(Object.entries(row.shared).filter(([field]) => columns.includes(field)));
    const changedIn = (locale: string) => columns.some((column) => column.endsWith(`@${locale}`));
    await strapi.db.transaction(async () => {
      const primary = profile.localesStored[0];
      const writes = [primary, ...Object.keys(row.locales).filter((locale) => locale !== primary && changedIn(locale))];
      for (const locale of writes) {
        const localeData = changedIn(locale) ? (row.locales[locale] ?? {}) : {};
        const data = locale === primary ? { ...sharedData, ...localeData } : localeData;
        if (Object.keys(data).length) await documents.update({ documentId, locale, data });
      }
      for (const locale of await publishedLocales(documentId)) await documents.publish({ documentId, locale });
      await remember(documentId, record);
    });
  }

  /** Records the version an import left, so a later import tells an editor's change from its own. */
  async function remember(documentId: string, record: Data | undefined) {
    const after = (await storedWhere({ documentId })).get(documentId);
    const imported = { updatedAt: after?.updatedAt ?? null };
    if (record) await records().update({ where: { id: record.id }, data: { imported } });
    else await records().create({ data: { sourceKey: recordKey(documentId), targetDocumentId: documentId, imported } });
  }
};
