import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SITEMAP_MAX_URLS, sitemapIndexXml, urlsetXml, w3cDatetime } from '../../server/src/domain/sitemap-xml';
import { randomStrings } from '../helpers/random-text';

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'url' || name === 'sitemap' });

describe('reporter sitemap XML', () => {
  it('is a sitemaps.org urlset with each loc and its W3C lastmod', () => {
    const xml = urlsetXml([
      { loc: 'https://example.org/reporters/tim', lastmod: Date.UTC(2026, 1, 3, 4, 5, 6, 789) },
      { loc: 'https://example.org/reporters/maryna' },
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const { urlset } = parser.parse(xml);
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset.url).toEqual([
      { loc: 'https://example.org/reporters/tim', lastmod: '2026-02-03T04:05:06Z' },
      { loc: 'https://example.org/reporters/maryna' },
    ]);
  });

  it('names its parts in a sitemapindex', () => {
    const { sitemapindex } = parser.parse(
      sitemapIndexXml([
        { loc: 'https://example.org/s/1.xml', lastmod: 0 },
        { loc: 'https://example.org/s/2.xml', lastmod: null },
      ])
    );
    expect(sitemapindex.sitemap).toEqual([{ loc: 'https://example.org/s/1.xml', lastmod: '1970-01-01T00:00:00Z' }, { loc: 'https://example.org/s/2.xml' }]);
  });

  it('gives an empty but well-formed urlset for no URLs', () => {
    expect(XMLValidator.validate(urlsetXml([]))).toBe(true);
  });

  it('writes dates in W3C Datetime: seconds, UTC, no milliseconds', () => {
    expect(w3cDatetime(Date.UTC(2025, 11, 31, 23, 59, 59, 999))).toBe('2025-12-31T23:59:59Z');
    for (let ms = -1e12; ms < 4e12; ms += 7.3e10) expect(w3cDatetime(Math.round(ms))).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('escapes every loc so the document stays well-formed and reads back as the same text', () => {
    const locs = randomStrings(500, 42).map((tail) => `https://example.org/reporters/${tail}`);
    const xml = urlsetXml(locs.map((loc) => ({ loc })));
    expect(XMLValidator.validate(xml)).toBe(true);
    const read = new XMLParser({ parseTagValue: false, trimValues: false, isArray: (name) => name === 'url', processEntities: true }).parse(xml);
    expect(read.urlset.url.map((u: { loc: string }) => u.loc)).toEqual(locs);
  });

  it('escapes the five XML specials, including a URL that tries to close the element', () => {
    const xml = urlsetXml([{ loc: `https://example.org/?a=1&b=</loc><loc>x"'` }]);
    expect(xml).toContain('<loc>https://example.org/?a=1&amp;b=&lt;/loc&gt;&lt;loc&gt;x&quot;&apos;</loc>');
    expect(parser.parse(xml).urlset.url).toHaveLength(1);
  });

  it('keeps the sitemaps.org limit of 50,000 URLs per file', () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
  });
});
