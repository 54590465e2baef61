import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REPORTER_UID } from '../../content-types';
import { getConfig } from '../../plugin-config';
import { facetNeedle, nameSearchFilter } from '../../domain/slugs';
import { toPublicProfile, toPublicProfileDetail, type PublicProfile } from '../../domain/public-profile';
import { profilePageJsonLd } from '../../domain/json-ld';
import { encodeCursor, type ArchiveCursor } from '../../domain/archive-cursor';
import { pagination } from '../../domain/pagination';
import { isLocalizedType } from '../../domain/localized-type';
import { getService } from '../get-service';
import type { StoredRow as Entity } from '../../domain/stored-row';

export interface ReporterSearch {
  search?: string;
  beat?: string;
  language?: string;
  status?: 'active' | 'alumni';
  page: number;
  pageSize: number;
  locale: string;
}

export interface Paging {
  page: number;
  pageSize: number;
}

/** A reporter's archive is paged by offset (`page`) or, past the first pages, by keyset (`before`). */
export interface ArchivePaging extends Paging {
  before?: ArchiveCursor;
}

// Scalar attributes an article listing shows; bodies, relations and media stay out.
const LISTED_TYPES = new Set(['string', 'text', 'uid', 'date', 'datetime', 'time', 'enumeration', 'integer', 'biginteger', 'boolean']);

const PROFILE_POPULATE = { photo: true, socialLinks: true } as const;

/** The public reporter directory, reporter pages and their structured data. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const mediaBase = () => strapi.config.get<string | undefined>('server.absoluteUrl');
  const publicProfile = (entity: Entity) => toPublicProfile(entity, getConfig(strapi), mediaBase());

  /**
   * The published locale versions of the profile with this slug (or a former slug), best locale
   * first. Every slug costs the same two queries, found or not, withheld or unknown: the answer
   * time says nothing about whom a slug belonged to.
   */
  const findPublishedBySlug = async (slug: string, locale: string) => {
    // '-' is no documentId, so the query keeps its shape when there is no former slug.
    const formerOwner: string = (await getService(strapi, 'slugRedirects').resolve(slug)) ?? '-';
    const rows: Entity[] = await strapi.db.query(REPORTER_UID).findMany({
      where: { publishedAt: { $notNull: true }, bylineMode: { $ne: 'withheld' }, $or: [{ slug }, { documentId: formerOwner }] },
      populate: PROFILE_POPULATE,
    });
    if (rows.length === 0) throw new errors.NotFoundError(`No reporter with slug "${slug}"`);
    // A slug in use belongs to its current owner, not to a profile that once had it.
    const current = rows.filter((row) => row.slug === slug);
    const candidates = current.length > 0 ? current : rows;
    const redirectedFrom = current.length > 0 ? undefined : slug;
    const defaultLocale: string = await strapi.plugin('i18n').service('locales').getDefaultLocale();
    const entity = candidates.find((r) => r.locale === locale) ?? candidates.find((r) => r.locale === defaultLocale) ?? candidates[0];
    return { entity, redirectedFrom };
  };

  return {
    /** The reporter feeds (services/reporter-feeds.ts) find their reporter as the page does. */
    findPublishedBySlug,

    /** Searches published, non-withheld profiles; filters and paging run in the database. */
    async search(query: ReporterSearch) {
      const filters: Entity[] = [{ bylineMode: { $ne: 'withheld' } }];
      if (query.search) filters.push(nameSearchFilter(query.search));
      if (query.beat) filters.push({ facets: { $contains: facetNeedle('beat', query.beat) } });
      if (query.language) filters.push({ facets: { $contains: facetNeedle('lang', query.language) } });
      if (query.status) filters.push({ staffStatus: query.status });
      const params = { locale: query.locale, status: 'published' as const, filters: { $and: filters } };
      const documents = strapi.documents(REPORTER_UID);
      const [rows, total] = await Promise.all([
        documents.findMany({
          ...params,
          sort: [{ fullName: 'asc' }, { id: 'asc' }],
          start: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
          populate: PROFILE_POPULATE,
        }),
        documents.count(params),
      ]);
      return { data: rows.map(publicProfile).filter((p): p is PublicProfile => p !== null), meta: { pagination: pagination(query, total) } };
    },

    /** One reporter's page: the profile in the locale asked for, and their published articles. */
    async findBySlug(slug: string, { locale, ...paging }: ArchivePaging & { locale: string }, auth: unknown) {
      const { entity, redirectedFrom } = await findPublishedBySlug(slug, locale);
      const articles = await this.articlesBy(entity.documentId, { locale, ...paging }, auth);
      return {
        data: { ...toPublicProfileDetail(entity, getConfig(strapi), mediaBase()), articles: articles.data },
        meta: {
          articles: { pagination: articles.pagination, next: articles.next },
          ...(redirectedFrom ? { redirect: { from: redirectedFrom, to: entity.slug } } : {}),
        },
      };
    },

    async jsonLd(slug: string, locale: string) {
      const { entity, redirectedFrom } = await findPublishedBySlug(slug, locale);
      const profile = toPublicProfileDetail(entity, getConfig(strapi), mediaBase())!;
      return {
        data: profilePageJsonLd(profile, getConfig(strapi), { createdAt: entity.createdAt, updatedAt: entity.updatedAt }),
        meta: {
          noindex: profile.noindex,
          ...(redirectedFrom ? { redirect: { from: redirectedFrom, to: entity.slug } } : {}),
        },
      };
    },

    /**
     * Published articles crediting a reporter across every enabled type, newest first by the
     * editorial date (`dateFields`, else `publishedAt`), each with that `date` and the reporter's
     * roles on it. The credit index gives the page in one seek, however long the archive: `page`
     * for the first pages, `before` (the cursor in `next`) beyond them. Then the page's entries
     * are read, one query per type.
     */
    async articlesBy(reporterDocumentId: string, { locale, page, pageSize, before }: ArchivePaging & { locale: string }, auth: unknown) {
      const { dateFields } = getConfig(strapi);
      const { rows, total } = await getService(strapi, 'creditIndex').page(reporterDocumentId, {
        locale,
        // One more than the page: whether there is a next one.
        limit: pageSize + 1,
        offset: before ? 0 : (page - 1) * pageSize,
        before,
      });
      const pageRows = rows.slice(0, pageSize);

      const loaded = new Map<string, Entity>();
      await Promise.all(
        [...new Set(pageRows.map((row) => row.contentType))].map(async (uid) => {
          const model = strapi.contentType(uid as UID.ContentType) as Entity;
          const localized = isLocalizedType(model);
          const where: Entity = {
            documentId: { $in: pageRows.filter((row) => row.contentType === uid).map((row) => row.documentId) },
            publishedAt: { $notNull: true },
          };
          if (localized) where.locale = locale;
          const listed = Object.keys(model.attributes).filter((name) => LISTED_TYPES.has(model.attributes[name].type));
          const select = [...new Set(['documentId', 'publishedAt', ...(localized ? ['locale'] : []), ...listed])];
          for (const row of (await strapi.db.query(uid as UID.Schema).findMany({ where, select })) as Entity[]) loaded.set(`${uid} ${row.documentId}`, row);
        })
      );

      // An entry unpublished between the two reads is left out of the page.
      const data = await Promise.all(
        pageRows.flatMap((ref) => {
          const row = loaded.get(`${ref.contentType} ${ref.documentId}`);
          if (!row) return [];
          const model = strapi.contentType(ref.contentType as UID.ContentType);
          const listed = Object.fromEntries(
            Object.entries(model.attributes)
              .filter(([name, attribute]) => LISTED_TYPES.has(attribute.type) && row[name] !== undefined)
              .map(([name]) => [name, row[name]])
          );
          const dateField = dateFields[ref.contentType];
          // An entry without an editorial date is dated by its publication.
          const date = (dateField && row[dateField]) || row.publishedAt;
          return [
            strapi.contentAPI.sanitize
              .output({ documentId: row.documentId, locale: row.locale, publishedAt: row.publishedAt, ...listed }, model, { auth })
              .then((sanitized) => ({
                contentType: ref.contentType,
                ...(sanitized as Entity),
                date: date instanceof Date ? date.toISOString() : String(date),
                roles: ref.roles.split(','),
              })),
          ];
        })
      );
      const last = pageRows[pageRows.length - 1];
      return {
        data,
        pagination: before ? { pageSize, total } : pagination({ page, pageSize }, total),
        next: rows.length > pageSize && last ? encodeCursor(last) : null,
      };
    },
  };
};
