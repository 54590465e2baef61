import fs from 'fs';
import type { Core, UID } from '@strapi/strapi';
import { IMPORT_RECORD_UID, REPORTER_UID } from '../../content-types';
import { getConfig } from '../../plugin-config';
import { slugFromName } from '../../domain/slugs';
import { profileUrl } from '../../domain/public-profile';
import { revealedRow } from '../../domain/withheld-identity';
import { titleAttribute } from '../../database/metadata';
import { ImportInputError } from '../../import/import-error';
import { readWxr } from '../../import/wxr-reader';
import { htmlToBlocks } from '../../import/html-blocks';
import {
  WordpressPlanBuilder,
  parseAuthorCategories,
  parseRoleMapping,
  planNeedsMeta,
  sourcePrefix,
  type ImportedProfile,
  type PlannedPerson,
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

/**
 * Imports a WordPress site's reporters and bylines: reads the whole file into a plan first (a bad
 * file stops the import before anything is written), then writes profiles and credits through the
 * Document Service, so validation, slugs and the credit index behave as for any other write. What
 * it wrote is remembered per WordPress id, so running it again changes nothing, and a profile or
 * byline an editor has changed since is left alone unless `overwrite`.
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
  const inOneTransaction = <T>(work: () => Promise<T>): Promise<T> => strapi.db.transaction(work) as Promise<T>;
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

  /** Credits each post's entry with its bylines (or creates the entry), in batches of entries. */
  const creditEntries = async (
    source: string,
    posts: PlannedPost[],
    persons: PlannedPerson[],
    documentIds: Map<string, string>,
    type: ReturnType<typeof target>,
    locale: string,
    options: WordpressImportOptions,
    report: WordpressImportReport
  ) => {
    const dryRun = Boolean(options.dryRun);
    const names = new Map(persons.map((p) => [p.key, p.profile.fullName]));
    const entries = documentsOf(strapi, type.uid);
    const toCreate: { post: PlannedPost; label: string; bylines: string[]; wanted: CreditPair[]; record: Data | undefined; sourceKey: string }[] = [];
    let done = 0;
    for (const batch of chunked(posts, BATCH)) {
      options.onProgress?.({ phase: 'entries', done, total: posts.length });
      done += batch.length;
      const slugs = batch.map((post) => post.slug).filter(Boolean);
      const rows = (await strapi.db.query(type.uid as UID.Schema).findMany({
        where: { [type.matchField]: { $in: slugs }, ...(type.draftAndPublish ? { publishedAt: null } : {}), ...(type.localized ? { locale } : {}) },
        select: ['documentId', type.matchField],
        populate: { credits: { populate: { reporter: { select: ['documentId'] } } } },
      })) as Data[];
      const bySlug = new Map(rows.map((row) => [String(row[type.matchField]), row]));
      const postRecords = await recordsByKey(batch.map((post) => `${source}:post:${post.wpId}`));

      for (const post of batch) {
        const label = post.slug || `#${post.wpId}`;
        const bylines = post.bylines.map((b) => `${names.get(b.person)} (${b.role})`);
        if (post.bylines.length === 0) {
          report.unmatched.push({ post: label, reason: 'no byline could be resolved' });
          continue;
        }
        // In a dry run a person still to be created has no documentId: their key stands in.
        const wanted: CreditPair[] = post.bylines.map((b) => [documentIds.get(b.person) ?? `new:${b.person}`, b.role]);
        const credits = wanted.map(([reporter, role]) => ({ reporter, role }));
        const sourceKey = `${source}:post:${post.wpId}`;
        const record = postRecords.get(sourceKey);
        const row = post.slug ? bySlug.get(post.slug) : undefined;

        if (!row) {
          if (!options.createMissing) {
            report.unmatched.push({ post: label, reason: `no ${type.uid} entry has ${type.matchField} "${post.slug}" (--create-missing creates it)` });
            continue;
          }
          if (dryRun) {
            report.entries.create.push({ post: label, documentId: null, bylines });
            continue;
          }
          toCreate.push({ post, label, bylines, wanted, record, sourceKey });
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
        if (dryRun) continue;
        await inOneTransaction(async () => {
          await entries.update({ documentId, ...(type.localized ? { locale } : {}), data: { credits } });
          // A published entry shows its new bylines: each of its published locales is published again.
          if (type.draftAndPublish) {
            for (const published of await publishedLocales(type.uid, documentId))
              await entries.publish({ documentId, ...(type.localized ? { locale: published } : {}) });
          }
          await remember(record, sourceKey, documentId, wanted);
        });
      }
    }
    if (toCreate.length === 0) {
      options.onProgress?.({ phase: 'entries', done: posts.length, total: posts.length });
      return;
    }

    const create = async ({ post, label, bylines, wanted, record, sourceKey }: (typeof toCreate)[number], body: string | null | undefined) => {
      const data: Data = { ...options.entryDefaults, credits: wanted.map(([reporter, role]) => ({ reporter, role })) };
      if (type.titleField) data[type.titleField] = post.title || post.slug;
      data[type.matchField] = post.slug;
      if (type.date && post.date) data[type.date.field] = type.date.type === 'date' ? post.date.slice(0, 10) : post.date;
      if (type.body && body === null) report.unmatched.push({ post: label, reason: 'the body is too long to import: the entry was created without it' });
      if (type.body && body) data[type.body.field] = type.body.type === 'blocks' ? htmlToBlocks(body) : body;
      try {
        const documentId = await inOneTransaction(async () => {
          const created = (await entries.create({ ...(type.localized ? { locale } : {}), data })) as Data;
          if (post.published && type.draftAndPublish) await entries.publish({ documentId: created.documentId, ...(type.localized ? { locale } : {}) });
          await remember(record, sourceKey, created.documentId, wanted);
          return String(created.documentId);
        });
        report.entries.create.push({ post: label, documentId, bylines });
      } catch (error) {
        report.unmatched.push({ post: label, reason: `could not create the entry: ${(error as Error).message}` });
      }
      options.onProgress?.({ phase: 'entries', done: posts.length - toCreate.length + report.entries.create.length, total: posts.length });
    };
    if (!type.body) {
      for (const pending of toCreate) await create(pending, undefined);
    } else {
      // The bodies are read in a second pass over the (already checked) file, one post at a time.
      const byId = new Map(toCreate.map((pending) => [pending.post.wpId, pending]));
      const stream = fs.createReadStream(options.file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
      try {
        for await (const record of readWxr(stream, { keepMeta: () => false, content: true })) {
          const pending = record.kind === 'item' ? byId.get(record.id) : undefined;
          if (!pending || record.kind !== 'item') continue;
          byId.delete(record.id);
          await create(pending, record.content);
        }
      } finally {
        stream.destroy();
      }
    }
    options.onProgress?.({ phase: 'entries', done: posts.length, total: posts.length });
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
        const created = await inOneTransaction(async () => {
          const profile = (await profiles.create({ locale, data: { ...person.profile, staffStatus: 'active', bylineMode: 'named' } })) as Data;
          await profiles.publish({ documentId: profile.documentId, locale });
          await remember(record, sourceKey, profile.documentId, person.profile);
          return profile;
        });
        documentIds.set(person.key, created.documentId);
        slugs.set(person.key, created.slug);
        report.profiles.create.push(line(created.documentId, created.slug));
      }

      options.onProgress?.({ phase: 'profiles', done: plan.persons.length, total: plan.persons.length });

      await creditEntries(source, plan.posts, plan.persons, documentIds, type, locale, options, report);

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
