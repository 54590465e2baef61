import type { Core } from '@strapi/strapi';
import { REPORTER_UID } from '../../content-types';
import { facetNeedle, nameSearchFilter } from '../../domain/slugs';
import { pagination } from '../../domain/pagination';
import { isSameName, latinForms } from '../../../../shared/name-search';
import type { DirectoryRow, Paged, ProfileGap, ReporterSummary } from '../../../../shared/admin-api';
import { getService } from '../get-service';
import { documentsOf } from '../../database/documents-of';
import type { StoredRow as Row } from '../../domain/stored-row';

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** What a profile lacks, most important first; the hints of the Byline panel are the first three. */
export const profileGaps = (row: Row): ProfileGap[] => {
  const gaps: ProfileGap[] = [];
  if (!row.photo) gaps.push('photo');
  else if (isBlank(row.photoAlt)) gaps.push('photoAlt');
  if (isBlank(row.shortBio) && isBlank(row.bio)) gaps.push('bio');
  if (isBlank(row.jobTitle)) gaps.push('jobTitle');
  if (isBlank(row.beats)) gaps.push('beats');
  if (isBlank(row.languages)) gaps.push('languages');
  if (isBlank(row.sameAs) && isBlank(row.socialLinks)) gaps.push('links');
  if (isBlank(row.basedIn)) gaps.push('basedIn');
  return gaps;
};

// Everything `profileGaps` checks, with the photo and its alt text counted as two.
const COMPLETENESS_ITEMS = 9;
export const completeness = (gaps: ProfileGap[]): number =>
  Math.round((100 * (COMPLETENESS_ITEMS - gaps.length - (gaps.includes('photo') ? 1 : 0))) / COMPLETENESS_ITEMS);

/** "olena-marchenko-2" → "olena-marchenko": profiles that got a numbered slug share a name with another. */
export const slugStem = (slug: string): string => slug.replace(/-\d+$/, '');

const photoUrl = (photo: Row | null | undefined): string | null => (photo ? (photo.formats?.thumbnail?.url ?? photo.url ?? null) : null);

export interface DirectoryQuery {
  search?: string;
  beat?: string;
  language?: string;
  status?: 'active' | 'alumni';
  locale: string;
  page: number;
  pageSize: number;
  /** A database `where` keeping only the profiles the admin may read (admin-access). */
  readable: Row;
}

/** Reporters as editors meet them in the admin: drafts included, since editors credit unpublished reporters. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const profiles = () => strapi.db.query(REPORTER_UID);
  // Editors see a withheld reporter's identity, which the public rows no longer hold.
  const reveal = (rows: Row[]): Promise<Row[]> => getService(strapi, 'withheldIdentity').reveal(rows);

  /** The documentIds among `documentIds` that have a published version in `locale`. */
  const publishedIds = async (documentIds: string[], locale: string | null) => {
    if (documentIds.length === 0) return new Set<string>();
    const rows = (await profiles().findMany({
      where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true }, ...(locale ? { locale } : {}) },
      select: ['documentId'],
    })) as Row[];
    return new Set(rows.map((row) => row.documentId as string));
  };

  const toSummaries = async (rows: Row[]): Promise<ReporterSummary[]> => {
    const published = new Set<string>();
    for (const locale of new Set(rows.map((row) => row.locale as string | null))) {
      const ids = rows.filter((row) => row.locale === locale).map((row) => row.documentId as string);
      for (const id of await publishedIds(ids, locale)) published.add(id);
    }
    return rows.map((row) => ({
      documentId: row.documentId,
      locale: row.locale ?? null,
      fullName: row.fullName,
      slug: row.slug,
      jobTitle: row.jobTitle ?? null,
      photoUrl: photoUrl(row.photo),
      bylineMode: row.bylineMode,
      staffStatus: row.staffStatus,
      published: published.has(row.documentId),
      missing: profileGaps(row).filter((gap) => gap === 'photo' || gap === 'photoAlt' || gap === 'bio'),
    }));
  };

  // A profile merged into another is archived: neither credited again nor listed.
  const draftFilters = (query: Omit<DirectoryQuery, 'page' | 'pageSize'>): Row => {
    const and: Row[] = [{ publishedAt: null }, { locale: query.locale }, { mergedInto: null }, query.readable];
    if (query.search) and.push(nameSearchFilter(query.search));
    if (query.beat) and.push({ facets: { $contains: facetNeedle('beat', query.beat) } });
    if (query.language) and.push({ facets: { $contains: facetNeedle('lang', query.language) } });
    if (query.status) and.push({ staffStatus: query.status });
    return { $and: and };
  };

  const paged = async (where: Row, { page, pageSize }: { page: number; pageSize: number }) => {
    const [rows, total] = await Promise.all([
      // By the folded real name: a withheld profile's public name is the withheld text.
      profiles().findMany({
        where,
        orderBy: [{ searchName: 'asc' }, { id: 'asc' }],
        offset: (page - 1) * pageSize,
        limit: pageSize,
        populate: { photo: true, socialLinks: true },
      }),
      profiles().count({ where }),
    ]);
    return { rows: await reveal(rows as Row[]), pagination: pagination({ page, pageSize }, total) };
  };

  return {
    /** Typeahead of the Byline panel: by the folded name, in the article's locale, paged in the database. */
    async search(query: { search?: string; exclude?: string[]; locale: string; page: number; pageSize: number; readable: Row }) {
      const where = draftFilters(query);
      if (query.exclude?.length) where.$and.push({ documentId: { $notIn: query.exclude } });
      const { rows, pagination } = await paged(where, query);
      return { data: await toSummaries(rows), pagination };
    },

    async summaries(rows: Row[]) {
      return toSummaries(await reveal(rows));
    },

    /** The profile in `locale` whose `adminUser` is the admin `userId`, or null. */
    async ownProfile(userId: number, locale: string, readable: Row): Promise<ReporterSummary | null> {
      const row = await profiles().findOne({
        where: { $and: [{ publishedAt: null }, { locale }, { mergedInto: null }, readable, { adminUser: { id: userId } }] },
        orderBy: [{ id: 'asc' }],
        populate: { photo: true },
      });
      if (!row) return null;
      const [summary] = await toSummaries(await reveal([row as Row]));
      return summary;
    },

    /** Profiles `readable` keeps in `locale` whose name is `fullName` folded, in either script (shared/name-search). */
    async sameName(fullName: string, locale: string, readable: Row): Promise<ReporterSummary[]> {
      const forms = latinForms(fullName);
      if (forms.length === 0) return [];
      const candidates = await reveal(
        (await profiles().findMany({
          where: {
            $and: [
              { publishedAt: null },
              { locale },
              { mergedInto: null },
              readable,
              { $or: forms.map((form) => ({ searchName: { $contains: `|${form}` } })) },
            ],
          },
          orderBy: [{ id: 'asc' }],
          limit: 50,
          populate: { photo: true },
        })) as Row[]
      );
      return toSummaries(candidates.filter((row) => isSameName(String(row.fullName ?? ''), fullName)));
    },

    /** Creates a profile from a name (and job title) in one locale; publishes it unless told not to. */
    async quickCreate({
      fullName,
      jobTitle,
      locale,
      publish,
      stamp,
    }: {
      fullName: string;
      jobTitle?: string;
      locale: string;
      publish: boolean;
      stamp: (data: Row) => Row;
    }) {
      const documents = documentsOf(strapi, REPORTER_UID);
      const created = (await documents.create({ locale, data: stamp({ fullName, ...(jobTitle ? { jobTitle } : {}) }) })) as Row;
      if (publish) await documents.publish({ documentId: created.documentId, locale });
      const [summary] = await toSummaries([{ ...created, locale }]);
      return summary;
    },

    /** The reporters directory: filters, article counts, completeness and likely duplicates, per page. */
    async directory(query: DirectoryQuery): Promise<Paged<DirectoryRow>> {
      const { rows, pagination } = await paged(draftFilters(query), query);
      const ids = rows.map((row) => row.documentId as string);
      const [summaries, counts, duplicates] = await Promise.all([
        toSummaries(rows),
        getService(strapi, 'creditIndex').counts(ids, query.locale),
        this.likelyDuplicates(rows, query.locale, query.readable),
      ]);
      const data = rows.map((row, index) => {
        const gaps = profileGaps(row);
        return {
          ...summaries[index],
          beats: Array.isArray(row.beats) ? row.beats : [],
          languages: Array.isArray(row.languages) ? row.languages : [],
          articleCount: counts[row.documentId] ?? 0,
          completeness: completeness(gaps),
          gaps,
          duplicates: duplicates[row.documentId] ?? [],
        };
      });
      return { data, pagination };
    },

    /** For each row, other profiles with the same folded name or the same slug stem (one query for the page). */
    async likelyDuplicates(rows: Row[], locale: string, readable: Row) {
      const result: Record<string, { documentId: string; fullName: string; slug: string }[]> = {};
      if (rows.length === 0) return result;
      const forms = [...new Set(rows.flatMap((row) => latinForms(String(row.fullName ?? ''))))];
      const stems = [...new Set(rows.map((row) => slugStem(String(row.slug ?? ''))).filter(Boolean))];
      const candidates = await reveal(
        (await profiles().findMany({
          where: {
            publishedAt: null,
            locale,
            mergedInto: null,
            $and: [readable],
            $or: [
              ...forms.map((form) => ({ searchName: { $contains: `|${form}` } })),
              { slug: { $in: stems } },
              ...stems.map((stem) => ({ slug: { $startsWith: `${stem}-` } })),
            ],
          },
          select: ['id', 'documentId', 'fullName', 'slug', 'searchName'],
          limit: 500,
        })) as Row[]
      );
      for (const row of rows) {
        const stem = slugStem(String(row.slug ?? ''));
        result[row.documentId] = candidates
          .filter((other) => other.documentId !== row.documentId)
          .filter((other) => isSameName(String(other.fullName ?? ''), String(row.fullName ?? '')) || slugStem(String(other.slug ?? '')) === stem)
          .map(({ documentId, fullName, slug }) => ({ documentId, fullName, slug }));
      }
      return result;
    },

    /** Beats and languages used by the profiles `readable` keeps in a locale, for the directory's filters. */
    async facets(locale: string, readable: Row) {
      const rows = (await profiles().findMany({ where: { publishedAt: null, locale, $and: [readable] }, select: ['beats', 'languages'] })) as Row[];
      const collect = (key: 'beats' | 'languages') =>
        [...new Set(rows.flatMap((row) => (Array.isArray(row[key]) ? (row[key] as unknown[]).filter((v): v is string => typeof v === 'string') : [])))].sort(
          (a, b) => a.localeCompare(b)
        );
      return { beats: collect('beats'), languages: collect('languages') };
    },

    /** Merges `sourceDocumentId` into `targetDocumentId` (reporter-merge checks the pair). */
    async merge(params: { sourceDocumentId: string; targetDocumentId: string }) {
      return getService(strapi, 'reporterMerge').merge(params);
    },
  };
};
