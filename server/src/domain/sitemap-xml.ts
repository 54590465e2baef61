/**
 * Sitemaps as sitemaps.org defines them: a `<urlset>` of at most 50,000 URLs, and past that a
 * `<sitemapindex>` naming each part.
 */
export const SITEMAP_MAX_URLS = 50_000;

export interface SitemapEntry {
  loc: string;
  /** Epoch ms. */
  lastmod?: number | null;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/** W3C Datetime, as sitemaps want it: seconds, UTC. */
export const w3cDatetime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const entries = (tag: 'url' | 'sitemap', items: SitemapEntry[]) =>
  items
    .map(
      ({ loc, lastmod }) =>
        `<${tag}><loc>${escapeXml(loc)}</loc>${lastmod === null || lastmod === undefined ? '' : `<lastmod>${w3cDatetime(lastmod)}</lastmod>`}</${tag}>`
    )
    .join('\n');

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export const urlsetXml = (urls: SitemapEntry[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}">\n${entries('url', urls)}\n</urlset>\n`;

export const sitemapIndexXml = (sitemaps: SitemapEntry[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${entries('sitemap', sitemaps)}\n</sitemapindex>\n`;
