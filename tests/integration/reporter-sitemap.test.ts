import crypto from 'crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { asText } from '../helpers/feeds';
import { startPlayground, type TestApp } from '../helpers/strapi';
import { ARTICLE_UID, REPORTER_UID, createArticle, createReporter } from '../helpers/newsroom';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' });

/** The sitemap parsed, after checking it is well-formed XML of the sitemaps.org schema. */
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml);
  const root = doc.urlset ?? doc.sitemapindex;
  expect(root['@_xmlns']).toBe(SITEMAP_NS);
  return doc;
};

const urlsOf = (xml: string) => (parse(xml).urlset.url ?? []) as { loc: string; lastmod?: string }[];

describe('the reporter sitemap', () => {
  let app: TestApp;
  const get = (url: string) => app.http().get(url).buffer(true).parse(asText);

  beforeAll(async () => {
    app = await startPlayground();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lists every public, indexable reporter once, with the date of their newest credited entry', async () => {
    const named = await createReporter(app, 'Map Named');
    const quiet = await createReporter(app, 'Map Quiet');
    const withheld = await createReporter(app, 'Map Withheld', { bylineMode: 'withheld' });
    await createReporter(app, 'Map Noindex', { noindex: true });
    const draftOnly = (await app.strapi
      .documents(REPORTER_UID as never)
      .create({ locale: 'en', data: { fullName: 'Map Draft', staffStatus: 'active', bylineMode: 'named' } } as never)) as any;

    const articles = app.strapi.documents(ARTICLE_UID as never);
    for (const [title, date] of [
      ['Older', '2024-03-01'],
      ['Newest', '2025-11-30'],
      ['Middle', '2025-02-14'],
    ]) {
      const documentId = await createArticle(
        app,
        `Map ${title}`,
        [
          { reporter: named, role: 'author' },
          { reporter: withheld, role: 'author' },
        ],
        { draft: true }
      );
      await articles.update({ documentId, locale: 'en', data: { publishedDate: date } } as never);
      await articles.publish({ documentId, locale: '*' } as never);
    }

    const res = await get('/api/newsroom/sitemaps/reporters.xml').expect(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const urls = urlsOf(res.body);
    expect(urls).toEqual([
      { loc: 'https://newsroom.example.org/reporters/map-named', lastmod: '2025-11-30T00:00:00Z' },
      { loc: 'https://newsroom.example.org/reporters/map-quiet' },
    ]);
    // Nothing names the withheld, the noindex or the unpublished profile.
    for (const hidden of ['map-withheld', 'Map Withheld', withheld, 'map-noindex', 'map-draft', draftOnly.documentId]) expect(res.body).not.toContain(hidden);
    expect(quiet).toBeTruthy();
    expect(res.headers['last-modified']).toBe(new Date('2025-11-30T00:00:00Z').toUTCString());
  });

  it('answers 304 to a client whose copy is current, by ETag or by date, and 200 once it changed', async () => {
    const first = await get('/api/newsroom/sitemaps/reporters.xml').expect(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const notModified = await app.http().get('/api/newsroom/sitemaps/reporters.xml').set('If-None-Match', etag).expect(304);
    expect(notModified.text ?? '').toBe('');
    await app.http().get('/api/newsroom/sitemaps/reporters.xml').set('If-Modified-Since', first.headers['last-modified']).expect(304);

    await createReporter(app, 'Map Newcomer');
    const changed = await get('/api/newsroom/sitemaps/reporters.xml').set('If-None-Match', etag).expect(200);
    expect(urlsOf(changed.body).map((u) => u.loc)).toContain('https://newsroom.example.org/reporters/map-newcomer');
  });

  it('sends gzip to a client that accepts it, as its own representation, and plain XML to one that does not', async () => {
    const zipped = await get('/api/newsroom/sitemaps/reporters.xml').set('Accept-Encoding', 'gzip').expect(200);
    const plain = await get('/api/newsroom/sitemaps/reporters.xml').set('Accept-Encoding', 'identity').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const res of [zipped, plain]) expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    // The same document once decoded; two ETags, so no cache hands one encoding to a client of the other.
    expect(zipped.body).toBe(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    await app.http().get('/api/newsroom/sitemaps/reporters.xml').set('Accept-Encoding', 'gzip').set('If-None-Match', zipped.headers.etag).expect(304);
    await get('/api/newsroom/sitemaps/reporters.xml').set('Accept-Encoding', 'identity').set('If-None-Match', zipped.headers.etag).expect(200);
  });

  it('answers 404 for a part that does not exist, and 400 to an unknown parameter', async () => {
    await get('/api/newsroom/sitemaps/reporters-2.xml').expect(404);
    await get('/api/newsroom/sitemaps/reporters-0.xml').expect(404);
    const res = await app.http().get('/api/newsroom/sitemaps/reporters.xml?page=2').expect(400);
    expect(JSON.stringify(res.body.error)).toContain('page');
  });

  it('splits past 50,000 reporters into parts named by a sitemap index', async () => {
    // Published profile rows straight into the table: 50,010 documents through the Document
    // Service would take minutes.
    const { tableName } = app.strapi.db.metadata.get(REPORTER_UID as never) as { tableName: string };
    const now = new Date();
    const rows = Array.from({ length: 50_010 }, (_, i) => ({
      document_id: `bulk${crypto.createHash('md5').update(String(i)).digest('hex').slice(0, 20)}`,
      full_name: `Bulk Reporter ${i}`,
      slug: `bulk-reporter-${String(i).padStart(5, '0')}`,
      search_name: `bulk reporter ${i}`,
      byline_mode: 'named',
      staff_status: 'active',
      noindex: false,
      locale: 'en',
      created_at: now,
      updated_at: now,
      published_at: now,
    }));
    // SQLite compiles a multi-row insert as a compound SELECT of at most 500 terms.
    await app.strapi.db.connection.batchInsert(tableName, rows, 400);

    const index = parse((await get('/api/newsroom/sitemaps/reporters.xml').expect(200)).body);
    const parts = index.sitemapindex.sitemap as { loc: string }[];
    expect(parts.map((p) => p.loc.replace(/^.*\/api\//, '/api/'))).toEqual([
      '/api/newsroom/sitemaps/reporters-1.xml',
      '/api/newsroom/sitemaps/reporters-2.xml',
    ]);

    const [one, two] = await Promise.all([1, 2].map(async (part) => urlsOf((await get(`/api/newsroom/sitemaps/reporters-${part}.xml`).expect(200)).body)));
    expect(one).toHaveLength(50_000);
    const all = [...one, ...two].map((u) => u.loc);
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((loc) => loc.includes('/bulk-reporter-'))).toHaveLength(50_010);
    await get('/api/newsroom/sitemaps/reporters-3.xml').expect(404);
  });
});
