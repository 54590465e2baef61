import { gzipSync } from 'zlib';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REPORTER_UID } from '../../content-types';
import { getConfig } from '../../plugin-config';
import { profileUrl } from '../../domain/public-profile';
import { SITEMAP_MAX_URLS, sitemapIndexXml, urlsetXml, type SitemapEntry } from '../../domain/sitemap-xml';
import { columnOf, model, tableOf } from '../../database/metadata';
import { readChangeCounter } from '../../database/change-counters';
import { strongEtag, type Gzipped } from '../../domain/strong-etag';
import { getService } from '../get-service';
import type { StoredRow as Row } from '../../domain/stored-row';

export interface SitemapDocument {
  xml: string;
  /** Epoch ms of the newest lastmod in it. */
  lastModified: number | null;
  etag: string;
  /** Sitemaps run to megabytes: sent compressed to clients that accept it (crawlers do), compressed once. */
  gzipped: Gzipped;
}

/**
 * The reporter sitemap: every public, indexable reporter (published, not withheld, not noindex)
 * at their `profileUrl`, with `lastmod` the editorial date of their newest credited entry (from
 * the credit index). Two queries when something changed, whatever the size of the archive; else one.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Slugs and documentIds of the listed reporters, by slug: one row per profile, however many locales. */
  const listedReporters = async () => {
    const column = (attribute: string) => columnOf(strapi, REPORTER_UID, attribute);
    const [documentId, slug, bylineMode, noindex] = ['documentId', 'slug', 'bylineMode', 'noindex'].map(column);
    return (await tableOf(strapi)(strapi.db.connection, model(strapi, REPORTER_UID).tableName)
      .whereNotNull(column('publishedAt'))
      .whereNotNull(slug)
      .where((q) => q.whereNull(bylineMode).orWhereNot(bylineMode, 'withheld'))
      .where((q) => q.whereNull(noindex).orWhere(noindex, false))
      .groupBy(documentId, slug)
      .orderBy(slug)
      .select({ documentId, slug })) as Row[];
  };

  const partUrl = (part: number) => {
    const base = strapi.config.get<string>('server.absoluteUrl') ?? '';
    const prefix = strapi.config.get<string>('api.rest.prefix') ?? '/api';
    return `${base}${prefix}/newsroom/sitemaps/reporters-${part}.xml`;
  };

  /** Every listed reporter's URL and lastmod, read now. */
  const readEntries = async (): Promise<SitemapEntry[]> => {
    const config = getConfig(strapi);
    const [reporters, latest] = await Promise.all([listedReporters(), getService(strapi, 'creditIndex').latestDates()]);
    return reporters.map((row) => ({ loc: profileUrl(config, row.slug)!, lastmod: latest.get(row.documentId) ?? null }));
  };

  const newest = (items: SitemapEntry[]) => items.reduce<number | null>((max, item) => (item.lastmod == null ? max : Math.max(max ?? 0, item.lastmod)), null);
  const document = (xml: string, lastModified: number | null): SitemapDocument => {
    const etag = strongEtag(xml);
    return { xml, lastModified, etag, gzipped: { body: gzipSync(xml), etag: `${etag.slice(0, -1)}-gzip"` } };
  };

  /**
   * Its documents as of `version`: reading 20,000 profile rows and writing a megabyte of XML on
   * every request cost ~70 ms; the version costs two primary-key lookups. Parts are written when
   * first asked for.
   */
  let cache: { version: string; entries: SitemapEntry[]; documents: Map<number, SitemapDocument> } | null = null;

  /**
   * What the cache is valid for: the counter every write through Strapi raises, and the profile
   * table's highest id, so that rows inserted around Strapi (a bulk import in SQL) show too.
   */
  const readVersion = async () => {
    const [counter, newest] = await Promise.all([
      readChangeCounter(strapi, 'reporter-sitemap'),
      tableOf(strapi)(strapi.db.connection, model(strapi, REPORTER_UID).tableName).max({ id: 'id' }).first(),
    ]);
    return counter === null ? null : `${counter}:${(newest as Row | undefined)?.id ?? 0}`;
  };

  const current = async () => {
    // The version is read before the data: data newer than the version only means one rebuild too many.
    const version = await readVersion();
    if (version !== null && cache?.version === version) return cache;
    const fresh = { version: version ?? '', entries: await readEntries(), documents: new Map<number, SitemapDocument>() };
    if (version !== null) cache = fresh;
    return fresh;
  };

  return {
    /**
     * The sitemap (`part` undefined): a `<urlset>` of every listed reporter, or past 50,000 a
     * `<sitemapindex>` of its parts; or part `part` (1-based) of a split one.
     */
    async sitemap(part?: number): Promise<SitemapDocument> {
      if (!getConfig(strapi).profileUrl) throw new errors.NotFoundError('No reporter sitemap: the site has not configured profileUrl');
      const { entries, documents } = await current();
      const parts = Math.ceil(entries.length / SITEMAP_MAX_URLS);
      if (part !== undefined && part > parts) throw new errors.NotFoundError(`The reporter sitemap has ${parts} part${parts === 1 ? '' : 's'}`);
      const key = part ?? 0;
      if (!documents.has(key)) {
        const slice = (i: number) => entries.slice(i * SITEMAP_MAX_URLS, (i + 1) * SITEMAP_MAX_URLS);
        if (part !== undefined) documents.set(key, document(urlsetXml(slice(part - 1)), newest(slice(part - 1))));
        else if (parts <= 1) documents.set(key, document(urlsetXml(entries), newest(entries)));
        else {
          const sitemaps = Array.from({ length: parts }, (_, i) => ({ loc: partUrl(i + 1), lastmod: newest(slice(i)) }));
          documents.set(key, document(sitemapIndexXml(sitemaps), newest(sitemaps)));
        }
      }
      return documents.get(key)!;
    },
  };
};
