import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REPORTER_UID } from '../content-types';
import { getConfig } from '../plugin-config';
import { profileUrl } from '../domain/public-profile';
import { SITEMAP_MAX_URLS, sitemapIndexXml, urlsetXml, type SitemapEntry } from '../domain/sitemap-xml';
import { columnOf, model } from '../database/metadata';
import { tableOf } from '../database/credit-index-tables';

type Row = Record<string, any>;

/**
 * The reporter sitemap: every public, indexable reporter (published, not withheld, not noindex)
 * at their `profileUrl`, with `lastmod` the editorial date of their newest credited entry (from
 * the credit index). Two queries, whatever the size of the archive.
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

  return {
    /**
     * The sitemap (`part` undefined): a `<urlset>` of every listed reporter, or past 50,000 a
     * `<sitemapindex>` of its parts; or part `part` (1-based) of a split one.
     */
    async sitemap(part?: number): Promise<{ xml: string; lastModified: number | null }> {
      const config = getConfig(strapi);
      if (!config.profileUrl) throw new errors.NotFoundError('No reporter sitemap: the site has not configured profileUrl');
      const [reporters, latest] = await Promise.all([listedReporters(), strapi.plugin('newsroom').service('creditIndex').latestDates() as Promise<Map<string, number>>]);
      const entries: SitemapEntry[] = reporters.map((row) => ({ loc: profileUrl(config, row.slug)!, lastmod: latest.get(row.documentId) ?? null }));
      const newest = (items: SitemapEntry[]) => items.reduce<number | null>((max, item) => (item.lastmod == null ? max : Math.max(max ?? 0, item.lastmod)), null);

      const parts = Math.ceil(entries.length / SITEMAP_MAX_URLS);
      if (part === undefined) {
        if (parts <= 1) return { xml: urlsetXml(entries), lastModified: newest(entries) };
        const sitemaps = Array.from({ length: parts }, (_, i) => ({ loc: partUrl(i + 1), lastmod: newest(entries.slice(i * SITEMAP_MAX_URLS, (i + 1) * SITEMAP_MAX_URLS)) }));
        return { xml: sitemapIndexXml(sitemaps), lastModified: newest(sitemaps) };
      }
      if (part > parts) throw new errors.NotFoundError(`The reporter sitemap has ${parts} part${parts === 1 ? '' : 's'}`);
      const slice = entries.slice((part - 1) * SITEMAP_MAX_URLS, part * SITEMAP_MAX_URLS);
      return { xml: urlsetXml(slice), lastModified: newest(slice) };
    },
  };
};
