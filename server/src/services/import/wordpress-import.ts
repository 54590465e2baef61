import fs from 'fs';
import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { IMPORT_RECORD_UID, REPORTER_UID } from '../../content-types';
import { getConfig } from '../../plugin-config';
import { slugFromName } from '../../domain/slugs';
import { profileUrl } from '../../domain/public-profile';
import { revealedRow } from '../../domain/withheld-identity';
import { titleAttribute } from '../../database/metadata';
import { ImportInputError } from '../../import/import-error';
import { readWxr } from '../../import/wxr-reader';
import { htmlToBlocks } from '../../import/html-blocks';
import { creditIssues, entryIssues, type AttributeRule } from '../../import/entry-rules';
import { insertEntries, readVersions, replaceCredits, type BulkEntry, type StoredVersion } from '../../database/bulk-entries';
import { getService } from '../get-service';
import { raiseChangeCounter } from '../../database/change-counters';
import {
  WordpressPlanBuilder,
  type WordpressPlan,
  parseAuthorCategories,
  parseRoleMapping,
  planNeedsMeta,
  sourcePrefix,
  type ImportedProfile,
  type PlannedPost,
} from '../../import/wordpress-plan';
import { authorPagePath, redirectsFile, type Redirect } from '../../import/redirect-map';
import { documentsOf } from '../../database/documents-of';
import type { StoredRow as Data } from '../../domain/stored-row';

export interface WordpressImportOptions {
  /** Path of the WXR file (WordPress's Tools → Export). */
  file: string;
  /** Work out and return the plan; write nothing. */
  dryRun?: boolean;
  /** Write over profiles and credits that an editor changed since the last import. */
  overwrite?: boolean;
  /** Create the entries that no post matches (title, slug, date, status, credits). */
  createMissing?: boolean;
  /** The enabled type posts become (default: the first of `contentTypes`). */
  contentType?: string;
  /** The attribute of that type a post's slug is matched on (default `slug`). */
  matchField?: string;
  /** The rich-text attribute (blocks or Markdown) a created entry's body goes to; without it, bodies are left out. */
  bodyField?: string;
  /** Fields every created entry gets, for the type's required fields the export has no value for. */
  entryDefaults?: Data;
  /** PublishPress Authors' categories → credit roles: `{ categories: { slug: role } }`. */
  roleMapping?: unknown;
  /** PublishPress Authors' `ppma_author_relationships` table as CSV (the export leaves it out). */
  authorCategoriesCsv?: string;
  /** Files larger than this are refused before reading (default 512 MiB). */
  maxBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  phase: 'reading' | 'profiles' | 'entries';
  done: number;
  total: number;
}

export interface PersonLine {
  key: string;
  fullName: string;
  slug: string | null;
  documentId: string | null;
  sources: string[];
}

export interface EntryLine {
  post: string;
  documentId: string | null;
  bylines: string[];
}

export interface WordpressImportReport {
  dryRun: boolean;
  contentType: string;
  profiles: { create: PersonLine[]; update: PersonLine[]; unchanged: number; keptEdited: PersonLine[] };
  entries: { credit: EntryLine[]; create: EntryLine[]; unchanged: number; keptEdited: EntryLine[] };
  /** Posts, bylines and roles that could not be brought over, each with the reason. */
  unmatched: { post?: string; person?: string; reason: string }[];
  /** Avatars are not downloaded: their URLs, to bring over by hand. */
  avatars: { fullName: string; url: string }[];
  redirects: Redirect[];
}

export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
const BATCH = 200;
// Posts (and new profiles) per transaction: enough to spread a transaction's cost, few enough to hold.
const BULK_BATCH = 500;

const chunked = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
/** JSON with keys sorted: PostgreSQL's jsonb gives stored objects back with their keys reordered. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]])
        )
      : v
  );
/** Compared as stored: missing and empty are the same, and so are the same keys in another order. */
const sameValue = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const sameProfile = (a: ImportedProfile, b: Partial<ImportedProfile>) =>
  (['fullName', 'shortBio', 'bio', 'sameAs'] as const).every((field) => sameValue(a[field], b[field]));
type CreditPair = [string, string];
const sameCredits = (a: CreditPair[], b: CreditPair[]) => sameValue(a, b);
const creditsOf = (pairs: CreditPair[]) => pairs.map(([reporter, role]) => ({ reporter, role }));
const partition = <T>(items: T[], test: (item: T) => boolean): [T[], T[]] => [items.filter(test), items.filter((item) => !test(item))];
/** An existing entry whose credits change: its documentId, its new credits, what the import remembers of it. */
interface Recredit {
  documentId: string;
  wanted: CreditPair[];
  record: Data | undefined;
  sourceKey: string;
}
/** A locale's draft changed after its published version (the Content Manager's "Modified"). */
const hasUnpublishedChange = (versions: StoredVersion[]) =>
  versions.some(
    (draft) =>
      !draft.published &&
      versions.some((published) => published.published && published.locale === draft.locale && draft.updatedAt.getTime() > published.updatedAt.getTime())
  );

/** The fields of the entry a post becomes: defaults, title, slug, date and (when asked) body. */
const newEntryData = (
  post: PlannedPost,
  body: string | null | undefined,
  type: { titleField: string | null; matchField: string; date: { field: string; type: string } | null; body: { field: string; type: string } | null },
  defaults: Data | undefined,
  label: string,
  issues: WordpressImportReport['unmatched']
): Data => {
  const data: Data = { ...defaults };
  if (type.titleField) data[type.titleField] = post.title || post.slug;
  data[type.matchField] = post.slug;
  if (type.date && post.date) data[type.date.field] = type.date.type === 'date' ? post.date.slice(0, 10) : post.date;
  if (type.body && body === null) issues.push({ post: label, reason: 'the body is too long to import: the entry was created without it' });
  if (type.body && body) data[type.body.field] = type.body.type === 'blocks' ? htmlToBlocks(body) : body;
  return data;
};

/**
 * Imports a WordPress site's reporters and bylines: reads the whole file first into a plan of its
 * people (a bad file stops the import before anything is written), then reads it again for the
 * posts, a batch at a time. New profiles and entries are written in bulk (the profile write rules,
 * the entry rules, the credit index kept in the same transaction); changes to existing ones go
 * through the Document Service. What it wrote is remembered per WordPress id, so running it again
 * changes nothing, and a profile or byline an editor has changed since is left alone unless
 * `overwrite`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const records = () => strapi.db.query(IMPORT_RECORD_UID);
  const recordsByKey = async (keys: string[]) => {
    const found = new Map<string, Data>();
    for (const chunk of chunked(keys, BATCH)) {
      for (const row of (await records().findMany({ where: { sourceKey: { $in: chunk } } })) as Data[]) found.set(row.sourceKey, row);
    }
    return found;
  };
  // Each write commits with what the import remembers of it: a run stopped half-way is picked up
  // by the next one without a second profile for the same person.
  const inOneTransaction = <T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> => strapi.db.transaction(({ trx }) => work(trx)) as Promise<T>;
  const remember = async (existing: Data | undefined, sourceKey: string, targetDocumentId: string, imported: unknown) => {
    if (existing) await records().update({ where: { id: existing.id }, data: { targetDocumentId, imported } });
    else await records().create({ data: { sourceKey, targetDocumentId, imported } });
  };

  const publishedLocales = async (uid: string, documentId: string): Promise<string[]> => {
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['locale'] })) as Data[];
    return rows.map((row) => row.locale);
  };

  /** Reads the file into a plan; throws ImportInputError for anything it refuses. */
  const readPlan = async (options: WordpressImportOptions) => {
    const config = getConfig(strapi);
    const roleMapping = options.roleMapping === undefined ? undefined : parseRoleMapping(options.roleMapping, config.creditRoles);
    const authorCategories = options.authorCategoriesCsv === undefined ? [] : parseAuthorCategories(options.authorCategoriesCsv);
    let size: number;
    try {
      const stat = await fs.promises.stat(options.file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      throw new ImportInputError(`Cannot read "${options.file}": no such file`);
    }
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (size > maxBytes) {
      throw new ImportInputError(
        `"${options.file}" is ${(size / 1024 / 1024).toFixed(0)} MiB, over the ${(maxBytes / 1024 / 1024).toFixed(0)} MiB this import reads; ` +
          'export the site in parts (Tools → Export by date range) or raise the limit (--max-size)'
      );
    }
    const builder = new WordpressPlanBuilder();
    const stream = fs.createReadStream(options.file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    let reported = 0;
    try {
      for await (const record of readWxr(stream, { keepMeta: planNeedsMeta })) {
        builder.add(record);
        if (stream.bytesRead - reported > size / 100) {
          reported = stream.bytesRead;
          options.onProgress?.({ phase: 'reading', done: reported, total: size });
        }
      }
    } finally {
      stream.destroy();
    }
    options.onProgress?.({ phase: 'reading', done: size, total: size });
    return builder.build({ roleMapping, authorCategories });
  };

  /** The enabled type posts become, and the attribute they are matched on. */
  const target = (options: WordpressImportOptions) => {
    const config = getConfig(strapi);
    const uid = options.contentType ?? config.contentTypes[0];
    if (!uid || !config.contentTypes.includes(uid)) {
      throw new ImportInputError(`"${uid}" is not a type the newsroom credits (its "contentTypes": ${config.contentTypes.join(', ')})`);
    }
    const model = strapi.contentType(uid as UID.ContentType) as {
      attributes: Record<string, { type: string }>;
      options?: { draftAndPublish?: boolean };
      pluginOptions?: Data;
    };
    const matchField = options.matchField ?? 'slug';
    if (!['string', 'uid', 'text'].includes(model.attributes[matchField]?.type)) {
      throw new ImportInputError(`"${matchField}" is not a text attribute of ${uid}: name the field posts are matched on (--match-field)`);
    }
    if (options.bodyField && !['blocks', 'richtext'].includes(model.attributes[options.bodyField]?.type)) {
      throw new ImportInputError(
        `"${options.bodyField}" is not a rich-text attribute (blocks or richtext) of ${uid}: name the field bodies go to (--body-field)`
      );
    }
    return {
      uid,
      matchField,
      localized: Boolean(model.pluginOptions?.i18n?.localized),
      draftAndPublish: Boolean(model.options?.draftAndPublish),
      titleField: titleAttribute(strapi, uid),
      date: config.dateFields[uid] ? { field: config.dateFields[uid] as string, type: model.attributes[config.dateFields[uid]].type } : null,
      body: options.bodyField ? { field: options.bodyField, type: model.attributes[options.bodyField].type } : null,
    };
  };

  /**
   * Credits each post's entry with its bylines, or creates the entry, reading the posts again from
   * the (already checked) file a batch at a time: memory stays flat whatever the number of posts.
   * Entries are created in bulk (`database/bulk-entries.ts`), a batch per transaction with what the
   * import remembers of them and their credit index rows; an existing entry's credits change through
   * the Document Service.
   */
  const importPosts = async (
    source: string,
    plan: WordpressPlan,
    documentIds: Map<string, string>,
    type: ReturnType<typeof target>,
    locale: string,
    options: WordpressImportOptions,
    report: WordpressImportReport
  ) => {
    const dryRun = Boolean(options.dryRun);
    const { creditRoles } = getConfig(strapi);
    const names = new Map(plan.persons.map((p) => [p.key, p.profile.fullName]));
    const entries = documentsOf(strapi, type.uid);
    const attributes = (strapi.contentType(type.uid as UID.ContentType) as { attributes: Record<string, AttributeRule> }).attributes;
    // A post's own byline issues come after the people's, as the file lists the posts.
    const postIssues: WordpressImportReport['unmatched'] = [];
    const notImported: WordpressImportReport['unmatched'] = [];

    /**
     * Through the Document Service: the draft updated, then each published locale published again,
     * the written locale last: publishing a locale copies its credits onto the other published
     * locales (Strapi's i18n sync), without the reporters who have no profile in it.
     */
    const creditOneByOne = async ({ documentId, wanted, record, sourceKey }: Recredit) => {
      await entries.update({ documentId, ...(type.localized ? { locale } : {}), data: { credits: creditsOf(wanted) } });
      if (type.draftAndPublish) {
        const published = await publishedLocales(type.uid, documentId);
        for (const other of [...published.filter((l) => l !== locale), ...published.filter((l) => l === locale)]) {
          await entries.publish({ documentId, ...(type.localized ? { locale: other } : {}) });
        }
      }
      await remember(record, sourceKey, documentId, wanted);
    };

    /**
     * Existing entries' new credits, in bulk: every row of each (all locales, draft and published),
     * what the import remembers and the credit index, one transaction for the batch. An entry with
     * an unpublished change goes through the Document Service instead: publishing it again (as the
     * import does to show the new bylines) publishes that change too, which only Strapi's publish does whole.
     */
    const creditExisting = async (toCredit: Recredit[]) => {
      if (toCredit.length === 0) return;
      const versions = new Map<string, StoredVersion[]>();
      for (const version of await readVersions(
        strapi,
        type.uid,
        toCredit.map((pending) => pending.documentId)
      )) {
        versions.set(version.documentId, [...(versions.get(version.documentId) ?? []), version]);
      }
      const [oneByOne, bulk] = partition(toCredit, (pending) => type.draftAndPublish && hasUnpublishedChange(versions.get(pending.documentId) ?? []));
      await inOneTransaction(async () => {
        for (const pending of oneByOne) await creditOneByOne(pending);
        if (bulk.length === 0) return;
        await replaceCredits(
          strapi,
          type.uid,
          bulk.map((pending) => ({ versions: versions.get(pending.documentId) ?? [], credits: creditsOf(pending.wanted) })),
          type.localized ? locale : null,
          type.draftAndPublish
        );
        for (const pending of bulk) await remember(pending.record, pending.sourceKey, pending.documentId, pending.wanted);
        await getService(strapi, 'creditIndex').reindexEntries(
          type.uid,
          bulk.map((pending) => pending.documentId)
        );
      });
    };

    const creditBatch = async (batch: { post: PlannedPost; body: string | null | undefined }[]) => {
      const slugs = batch.map(({ post }) => post.slug).filter(Boolean);
      const postRecords = await recordsByKey(batch.map(({ post }) => `${source}:post:${post.wpId}`));
      // A post is its entry by slug, or by what an earlier run remembers (a post without a slug, a slug changed since).
      const remembered = [...postRecords.values()].map((record) => String(record.targetDocumentId));
      const rows = (await strapi.db.query(type.uid as UID.Schema).findMany({
        where: {
          $or: [{ [type.matchField]: { $in: slugs } }, { documentId: { $in: remembered } }],
          ...(type.draftAndPublish ? { publishedAt: null } : {}),
          ...(type.localized ? { locale } : {}),
        },
        select: ['documentId', type.matchField],
        populate: { credits: { populate: { reporter: { select: ['documentId'] } } } },
      })) as Data[];
      const bySlug = new Map(rows.map((row) => [String(row[type.matchField]), row]));
      const byDocumentId = new Map(rows.map((row) => [String(row.documentId), row]));
      const toCreate: { label: string; bylines: string[]; wanted: CreditPair[]; record: Data | undefined; sourceKey: string; entry: BulkEntry }[] = [];
      const toCredit: Recredit[] = [];

      for (const { post, body } of batch) {
        const label = post.slug || `#${post.wpId}`;
        const bylines = post.bylines.map((b) => `${names.get(b.person)} (${b.role})`);
        if (post.bylines.length === 0) {
          notImported.push({ post: label, reason: 'no byline could be resolved' });
          continue;
        }
        // In a dry run a person still to be created has no documentId: their key stands in.
        const wanted: CreditPair[] = post.bylines.map((b) => [documentIds.get(b.person) ?? `new:${b.person}`, b.role]);
        const credits = creditsOf(wanted);
        const sourceKey = `${source}:post:${post.wpId}`;
        const record = postRecords.get(sourceKey);
        const row = (post.slug ? bySlug.get(post.slug) : undefined) ?? (record ? byDocumentId.get(String(record.targetDocumentId)) : undefined);

        if (!row) {
          if (!options.createMissing) {
            notImported.push({ post: label, reason: `no ${type.uid} entry has ${type.matchField} "${post.slug}" (--create-missing creates it)` });
            continue;
          }
          const data = newEntryData(post, body, type, options.entryDefaults, label, notImported);
          const published = post.published || !type.draftAndPublish;
          const issues = [...entryIssues(attributes, data, { draft: !published }), ...creditIssues(credits, creditRoles)];
          if (issues.length) {
            notImported.push({ post: label, reason: `could not create the entry: ${issues.join('; ')}` });
            continue;
          }
          if (dryRun) report.entries.create.push({ post: label, documentId: null, bylines });
          else toCreate.push({ label, bylines, wanted, record, sourceKey, entry: { data, published, credits } });
          continue;
        }

        const documentId = String(row.documentId);
        const current: CreditPair[] = ((row.credits ?? []) as Data[]).map((c) => [c.reporter?.documentId ?? '', c.role]);
        if (sameCredits(current, wanted)) {
          report.entries.unchanged += 1;
          if (!dryRun && !record) await remember(record, sourceKey, documentId, wanted);
          continue;
        }
        // Credits set by hand before any import, or changed by an editor since the last one, stay.
        const untouched = record ? sameCredits(current, record.imported as CreditPair[]) : current.length === 0;
        if (!untouched && !options.overwrite) {
          report.entries.keptEdited.push({ post: label, documentId, bylines });
          continue;
        }
        report.entries.credit.push({ post: label, documentId, bylines });
        if (!dryRun) toCredit.push({ documentId, wanted, record, sourceKey });
      }
      await creditExisting(toCredit);
      if (toCreate.length === 0) return;

      // The batch's entries, their credits, what the import remembers and the credit index: all or nothing.
      const created = await inOneTransaction(async () => {
        const ids = await insertEntries(
          strapi,
          type.uid,
          toCreate.map((pending) => pending.entry),
          type.localized ? locale : null,
          type.draftAndPublish
        );
        const fresh = toCreate.flatMap((pending, index) =>
          pending.record ? [] : [{ sourceKey: pending.sourceKey, targetDocumentId: ids[index], imported: pending.wanted }]
        );
        for (const part of chunked(fresh, BATCH)) await records().createMany({ data: part });
        for (const [index, pending] of toCreate.entries()) if (pending.record) await remember(pending.record, pending.sourceKey, ids[index], pending.wanted);
        await getService(strapi, 'creditIndex').reindexEntries(type.uid, ids);
        return ids;
      });
      toCreate.forEach((pending, index) => report.entries.create.push({ post: pending.label, documentId: created[index], bylines: pending.bylines }));
    };

    let done = 0;
    let batch: { post: PlannedPost; body: string | null | undefined }[] = [];
    const flush = async () => {
      options.onProgress?.({ phase: 'entries', done, total: plan.postCount });
      await creditBatch(batch);
      done += batch.length;
      batch = [];
    };
    const stream = fs.createReadStream(options.file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    try {
      for await (const item of readWxr(stream, { keepMeta: () => false, content: Boolean(type.body) && Boolean(options.createMissing) })) {
        const planned = item.kind === 'item' ? plan.planPost(item) : null;
        if (!planned || item.kind !== 'item') continue;
        postIssues.push(...planned.issues);
        batch.push({ post: planned.post, body: item.content });
        if (batch.length === BULK_BATCH) await flush();
      }
      if (batch.length) await flush();
    } finally {
      stream.destroy();
    }
    report.unmatched.push(...postIssues, ...notImported);
    options.onProgress?.({ phase: 'entries', done: plan.postCount, total: plan.postCount });
  };

  return {
    /** The redirect map as the text of a .csv or .json file (for the command line, which writes it). */
    redirectsFile,

    async run(options: WordpressImportOptions): Promise<WordpressImportReport> {
      const type = target(options);
      const plan = await readPlan(options);
      const source = sourcePrefix(plan.site);
      const dryRun = Boolean(options.dryRun);
      const locale: string = await strapi.plugin('i18n').service('locales').getDefaultLocale();
      const profiles = documentsOf(strapi, REPORTER_UID);
      const report: WordpressImportReport = {
        dryRun,
        contentType: type.uid,
        profiles: { create: [], update: [], unchanged: 0, keptEdited: [] },
        entries: { credit: [], create: [], unchanged: 0, keptEdited: [] },
        unmatched: [...plan.issues],
        avatars: plan.persons.flatMap((p) => (p.avatarUrl ? [{ fullName: p.profile.fullName, url: p.avatarUrl }] : [])),
        redirects: [],
      };

      // Profiles: each person's document, created, updated or left as it is.
      const documentIds = new Map<string, string>();
      const slugs = new Map<string, string>();
      const personRecords = await recordsByKey(plan.persons.map((p) => `${source}:person:${p.key}`));
      const storedProfiles = new Map<string, Data>();
      const recorded = [...personRecords.values()].map((r) => String(r.targetDocumentId));
      for (const chunk of chunked(recorded, BATCH)) {
        const rows = (await strapi.db.query(REPORTER_UID).findMany({
          where: { documentId: { $in: chunk }, locale, publishedAt: null },
          select: ['documentId', 'fullName', 'slug', 'shortBio', 'bio', 'sameAs', 'withheldIdentity', 'withheldSlug'],
        })) as Data[];
        for (const row of rows) storedProfiles.set(row.documentId, revealedRow(row));
      }
      // New profiles are written in bulk, 500 per transaction, each prepared by the profile write
      // rules (validation, a free slug, search columns) after the one before it is stored.
      const newProfiles: { person: (typeof plan.persons)[number]; record: Data | undefined; sourceKey: string }[] = [];
      const createProfiles = async () => {
        if (newProfiles.length === 0) return;
        const writes = getService(strapi, 'reporterProfileWrites');
        const created = await inOneTransaction(async (trx) => {
          const stored: { documentId: string; slug: string }[] = [];
          for (const { person, record, sourceKey } of newProfiles) {
            const data: Data = { ...person.profile, staffStatus: 'active', bylineMode: 'named' };
            await writes.prepare('create', { locale, data });
            const [documentId] = await insertEntries(strapi, REPORTER_UID, [{ data, published: true, credits: [] }], locale, true);
            await remember(record, sourceKey, documentId, person.profile);
            stored.push({ documentId, slug: String(data.slug) });
          }
          // As the Document Service middleware does for any profile write; a new named profile has no
          // withheld identity to settle and no former slug.
          await raiseChangeCounter(strapi, trx, 'reporter-sitemap');
          return stored;
        });
        newProfiles.forEach(({ person }, index) => {
          const { documentId, slug } = created[index];
          documentIds.set(person.key, documentId);
          slugs.set(person.key, slug);
          report.profiles.create.push({ key: person.key, fullName: person.profile.fullName, slug, documentId, sources: person.sources });
        });
        newProfiles.length = 0;
      };
      let done = 0;
      for (const person of plan.persons) {
        options.onProgress?.({ phase: 'profiles', done: done++, total: plan.persons.length });
        const sourceKey = `${source}:person:${person.key}`;
        const record = personRecords.get(sourceKey);
        const stored = record ? storedProfiles.get(String(record.targetDocumentId)) : undefined;
        const line = (documentId: string | null, slug: string | null): PersonLine => ({
          key: person.key,
          fullName: person.profile.fullName,
          slug,
          documentId,
          sources: person.sources,
        });
        if (stored) {
          const documentId = String(stored.documentId);
          documentIds.set(person.key, documentId);
          slugs.set(person.key, stored.slug);
          if (sameProfile(person.profile, stored)) {
            report.profiles.unchanged += 1;
            if (!dryRun && !sameValue(record!.imported, person.profile)) await remember(record, sourceKey, documentId, person.profile);
            continue;
          }
          if (!options.overwrite && !sameProfile(record!.imported as ImportedProfile, stored)) {
            report.profiles.keptEdited.push(line(documentId, stored.slug));
            continue;
          }
          report.profiles.update.push(line(documentId, stored.slug));
          if (dryRun) continue;
          await inOneTransaction(async () => {
            await profiles.update({ documentId, locale, data: { ...person.profile } });
            for (const published of await publishedLocales(REPORTER_UID, documentId)) await profiles.publish({ documentId, locale: published });
            await remember(record, sourceKey, documentId, person.profile);
          });
          continue;
        }
        if (dryRun) {
          report.profiles.create.push(line(null, slugFromName(person.profile.fullName)));
          slugs.set(person.key, slugFromName(person.profile.fullName));
          continue;
        }
        newProfiles.push({ person, record, sourceKey });
        if (newProfiles.length === BULK_BATCH) await createProfiles();
      }
      await createProfiles();

      options.onProgress?.({ phase: 'profiles', done: plan.persons.length, total: plan.persons.length });

      await importPosts(source, plan, documentIds, type, locale, options, report);

      const config = getConfig(strapi);
      for (const person of plan.persons) {
        const slug = slugs.get(person.key);
        const to = slug ? profileUrl(config, slug) : null;
        if (to) for (const nicename of person.nicenames) report.redirects.push({ from: authorPagePath(nicename), to });
      }
      return report;
    },
  };
};
