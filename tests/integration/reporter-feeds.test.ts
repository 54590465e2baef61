/**
 * Per-reporter feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) on the seeded newsroom, read the way feed
 * readers read them: RSS and Atom parsed by @rowanmanning/feed-parser (and strictly by saxes for
 * well-formedness and what that parser leaves out), JSON Feed against the 1.1 spec's requirements.
 * The site runs with `feedSize: 3`, so reporters with four articles show the cut.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { startPlayground, type TestApp } from '../helpers/strapi';
import { ARTICLE_UID, REPORTER_UID, createArticle, createReporter } from '../helpers/newsroom';
import { seedArticles, seedReporters, withheldReporter } from '../helpers/seed';
import { asText, childrenNamed, jsonFeedProblems, parseXml, xmlEntries, type XmlElement } from '../helpers/feeds';
import { leaksIn, readIdentity, type Identity } from '../helpers/withheld-identity';

const FEED_SIZE = 3;
const FORMATS = ['rss', 'atom', 'json'] as const;
type Format = (typeof FORMATS)[number];
const MEDIA_TYPES: Record<Format, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};
const LOCALES = ['en', 'uk'] as const;
const WITHHELD_TEXT = { en: 'Staff reporter', uk: 'Штатний кореспондент' };
const SITE = 'https://newsroom.example.org';

// The playground's own plugin config, with a small feed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const playgroundPlugins = require('../../playground/config/plugins.js');
const fallbackEnv = Object.assign((_: string, fallback: unknown) => fallback, { bool: (_: string, f: unknown) => f, json: (_: string, f: unknown) => f });
const newsroomConfig = { ...playgroundPlugins({ env: fallbackEnv }).newsroom.config, feedSize: FEED_SIZE };

interface ReadEntry {
  id: string;
  url: string | null;
  title: string;
  published: string;
  authors: string[];
  contributors: string[];
  roles: string[];
}

interface ReadFeed {
  title: string;
  self: string | null;
  language: string | null;
  entries: ReadEntry[];
}

const texts = (elements: XmlElement[]) => elements.map((element) => element.text.trim());

/** A feed as a reader gets it: parsed by a feed parser, plus what only the XML says (contributors). */
const readFeed = (format: Format, body: string): ReadFeed => {
  if (format === 'json') {
    const json = JSON.parse(body);
    expect(jsonFeedProblems(json)).toEqual([]);
    return {
      title: json.title,
      self: json.feed_url,
      language: json.language,
      entries: json.items.map((item: any) => ({
        id: item.id,
        url: item.url ?? null,
        title: item.title,
        published: item.date_published,
        authors: (item.authors ?? []).map((a: { name: string }) => a.name),
        contributors: item._newsroom.contributors.map((a: { name: string }) => a.name),
        roles: item._newsroom.roles,
      })),
    };
  }
  const parsed = parseFeed(body);
  expect(parsed.meta.type).toBe(format);
  const xmlItems = xmlEntries(parseXml(body));
  const contributors = (item: XmlElement) =>
    format === 'rss' ? texts(childrenNamed(item, 'dc:contributor')) : childrenNamed(item, 'contributor').flatMap((c) => texts(childrenNamed(c, 'name')));
  return {
    title: parsed.title!,
    self: parsed.self,
    language: parsed.language,
    entries: parsed.items.map((item, i) => ({
      id: item.id!,
      url: item.url,
      title: item.title!,
      published: item.published!.toISOString(),
      authors: item.authors.map((a) => a.name!),
      contributors: contributors(xmlItems[i]),
      roles: item.categories.map((c) => c.term),
    })),
  };
};

/** What a reporter's feed must hold, worked out from the seed alone. */
const expectedEntries = (slug: string, locale: 'en' | 'uk') => {
  const nameOf = (reporter: string) => {
    const seeded = seedReporters.find((r) => r.slug === reporter)!;
    return seeded.bylineMode === 'withheld' ? WITHHELD_TEXT[locale] : seeded.fullName;
  };
  const unique = (names: string[]) => [...new Set(names)];
  return seedArticles
    .filter((article) => article.credits.some((c) => c.reporter === slug))
    .sort((a: any, b: any) => b.publishedDate.localeCompare(a.publishedDate))
    .slice(0, FEED_SIZE)
    .map((article: any) => {
      const authors = unique(article.credits.filter((c: any) => c.role === 'author').map((c: any) => nameOf(c.reporter)));
      return {
        url: `${SITE}/${locale}/articles/${article.slug}`,
        title: article[locale].title,
        published: new Date(article.publishedDate).toISOString(),
        authors,
        contributors: unique(article.credits.filter((c: any) => c.role !== 'author').map((c: any) => nameOf(c.reporter))).filter((n) => !authors.includes(n)),
        roles: unique(article.credits.filter((c: any) => c.reporter === slug).map((c: any) => c.role)),
      };
    });
};

describe('reporter feeds on the seeded newsroom', () => {
  let app: TestApp;
  let identity: Identity;
  const get = (url: string, headers: Record<string, string> = {}) => app.http().get(url).set(headers).buffer(true).parse(asText);
  const feedUrl = (slug: string, format: Format, query = '') => `/api/newsroom/reporters/${slug}/feed.${format}${query}`;
  const named = seedReporters.filter((r) => r.bylineMode !== 'withheld');

  beforeAll(async () => {
    app = await startPlayground({ seed: true, newsroomConfig });
    identity = await readIdentity(app.strapi);
  });
  afterAll(async () => {
    await app?.stop();
  });

  describe.each(FORMATS)('%s', (format) => {
    it.each(LOCALES)("lists every reporter's latest entries by editorial date, co-authors in byline order, roles (%s)", async (locale) => {
      for (const reporter of named) {
        const res = await get(feedUrl(reporter.slug, format, `?locale=${locale}`)).expect(200);
        expect(res.headers['content-type']).toBe(MEDIA_TYPES[format]);
        const feed = readFeed(format, res.body);
        expect(feed.title).toBe(`${reporter.fullName} – The Kyiv Ledger`);
        expect(feed.language).toBe(locale);
        expect(feed.self).toBe(`${app.strapi.config.get('server.absoluteUrl')}/api/newsroom/reporters/${reporter.slug}/feed.${format}?locale=${locale}`);
        expect({ reporter: reporter.slug, entries: feed.entries.map(({ id, ...rest }) => rest) }).toEqual({
          reporter: reporter.slug,
          entries: expectedEntries(reporter.slug, locale),
        });
        for (const entry of feed.entries) expect(entry.id).toMatch(new RegExp(`^urn:newsroom:api::article\\.article:[a-z0-9]+:${locale}$`));
      }
    });
  });

  it('names no withheld reporter in any byte of any feed of any reporter, and has no feed for one', async () => {
    const unknown: Record<string, string> = {};
    let feeds = 0;
    for (const format of FORMATS) {
      for (const locale of LOCALES) {
        for (const reporter of seedReporters) {
          for (const query of [`?locale=${locale}`, `?locale=${locale}&limit=1`]) {
            const res = await get(feedUrl(reporter.slug, format, query));
            if (reporter === withheldReporter) {
              expect(res.status).toBe(404);
              continue;
            }
            expect(res.status).toBe(200);
            feeds += 1;
            expect({ feed: `${reporter.slug} ${format} ${query}`, leaks: leaksIn(identity, res.body) }).toEqual({
              feed: `${reporter.slug} ${format} ${query}`,
              leaks: [],
            });
            expect(Object.values(res.headers).join('\n')).not.toContain(identity.documentId);
          }
        }
        // The withheld reporter's feed answers exactly as an unknown slug's, but for the slug echoed.
        const withheld = await get(feedUrl(withheldReporter.slug, format, `?locale=${locale}`)).expect(404);
        const nobody = await get(feedUrl('nobody-at-all', format, `?locale=${locale}`)).expect(404);
        expect(withheld.body.replace(withheldReporter.slug, '<slug>')).toBe(nobody.body.replace('nobody-at-all', '<slug>'));
        unknown[format] = nobody.body;
      }
    }
    expect(feeds).toBe((seedReporters.length - 1) * FORMATS.length * LOCALES.length * 2);
    // The Melitopol story's byline shows the withheld text where the name was.
    const marchenko = readFeed('atom', (await get(feedUrl('olena-marchenko', 'atom', '?locale=uk')).expect(200)).body);
    expect(marchenko.entries.find((e) => e.title.includes('Мелітопол'))!.authors).toEqual(['Штатний кореспондент']);
  });

  it('takes a reporter out of every feed the moment they are withheld, whatever a cache holds', async () => {
    const person = await createReporter(app, 'Taisiia Hidden-Later');
    const tim = ((await app.strapi.db.query(REPORTER_UID).findOne({ where: { slug: 'tim-zadorozhnyy', publishedAt: { $notNull: true } } })) as any).documentId;
    await createArticle(app, 'Shared story', [
      { reporter: tim, role: 'author' },
      { reporter: person, role: 'author' },
    ]);
    const before = await get(feedUrl('tim-zadorozhnyy', 'rss')).expect(200);
    expect(readFeed('rss', before.body).entries.find((e) => e.title.startsWith('Shared story'))!.authors).toEqual(['Tim Zadorozhnyy', 'Taisiia Hidden-Later']);
    const slug = ((await app.strapi.db.query(REPORTER_UID).findOne({ where: { documentId: person } })) as any).slug;
    await get(feedUrl(slug, 'rss')).expect(200);

    await app.strapi.documents(REPORTER_UID as never).update({ documentId: person, locale: 'en', data: { bylineMode: 'withheld' } } as never);
    // A reader that kept the old copy asks again with its validators: it gets the new feed.
    const after = await get(feedUrl('tim-zadorozhnyy', 'rss'), {
      'If-None-Match': before.headers.etag,
      'If-Modified-Since': before.headers['last-modified'],
    }).expect(200);
    expect(after.body).not.toContain('Hidden-Later');
    expect(readFeed('rss', after.body).entries.find((e) => e.title.startsWith('Shared story'))!.authors).toEqual(['Tim Zadorozhnyy', 'Staff reporter']);
    for (const format of FORMATS) await get(feedUrl(slug, format)).expect(404);
    for (const format of FORMATS) expect((await get(feedUrl('tim-zadorozhnyy', format)).expect(200)).body).not.toContain(person);
  });

  it('places a back-dated entry by its editorial date, not by when it was published', async () => {
    const marchenko = ((await app.strapi.db.query(REPORTER_UID).findOne({ where: { slug: 'olena-marchenko', publishedAt: { $notNull: true } } })) as any)
      .documentId;
    const articles = app.strapi.documents(ARTICLE_UID as never);
    const dated = async (title: string, publishedDate: string) => {
      const { documentId } = (await articles.create({
        locale: 'en',
        data: { title, slug: title.toLowerCase().replace(/ /g, '-'), publishedDate, category: 'war', credits: [{ reporter: marchenko, role: 'editor' }] },
      } as never)) as any;
      await articles.publish({ documentId, locale: 'en' } as never);
      return documentId;
    };
    // Published last, dated long ago: below the cut of three. Dated between the seed's: in its place.
    const archive = await dated('From the 2019 archive', '2019-05-01');
    const between = await dated('Imported mid-December', '2025-12-15');
    for (const format of FORMATS) {
      const feed = readFeed(format, (await get(feedUrl('olena-marchenko', format)).expect(200)).body);
      expect(feed.entries.map((e) => e.published.slice(0, 10))).toEqual(['2025-12-18', '2025-12-15', '2025-12-12']);
      expect(feed.entries[1]).toMatchObject({ title: 'Imported mid-December', roles: ['editor'] });
      expect(feed.entries.map((e) => e.id)).not.toContain(`urn:newsroom:${ARTICLE_UID}:${archive}:en`);
    }
    for (const documentId of [archive, between]) await articles.delete({ documentId, locale: '*' } as never);
  });

  it('leaves out drafts and unpublished entries', async () => {
    const bondar = ((await app.strapi.db.query(REPORTER_UID).findOne({ where: { slug: 'iryna-bondar', publishedAt: { $notNull: true } } })) as any).documentId;
    const draft = await createArticle(app, 'Never published', [{ reporter: bondar, role: 'translator' }], { draft: true });
    const unpublished = await createArticle(app, 'Published then withdrawn', [{ reporter: bondar, role: 'translator' }]);
    const articles = app.strapi.documents(ARTICLE_UID as never);
    await articles.update({ documentId: unpublished, locale: 'en', data: { publishedDate: '2026-02-01' } } as never);
    await articles.publish({ documentId: unpublished, locale: '*' } as never);
    const withIt = readFeed('json', (await get(feedUrl('iryna-bondar', 'json')).expect(200)).body);
    expect(withIt.entries[0].title).toMatch(/^Published then withdrawn/);
    await articles.unpublish({ documentId: unpublished, locale: '*' } as never);
    for (const format of FORMATS) {
      const titles = readFeed(format, (await get(feedUrl('iryna-bondar', format)).expect(200)).body).entries.map((e) => e.title);
      expect(titles).toEqual(expectedEntries('iryna-bondar', 'en').map((e) => e.title));
    }
    for (const documentId of [draft, unpublished]) await articles.delete({ documentId, locale: '*' } as never);
  });

  it('answers in the locale asked for, with the default locale otherwise', async () => {
    for (const format of FORMATS) {
      const uk = readFeed(format, (await get(feedUrl('sofia-tkachenko', format, '?locale=uk')).expect(200)).body);
      const plain = readFeed(format, (await get(feedUrl('sofia-tkachenko', format)).expect(200)).body);
      expect(uk.entries.map((e) => e.title)).toEqual(expectedEntries('sofia-tkachenko', 'uk').map((e) => e.title));
      expect(uk.entries[0].url).toMatch(`${SITE}/uk/articles/`);
      expect(plain.entries.map((e) => e.title)).toEqual(expectedEntries('sofia-tkachenko', 'en').map((e) => e.title));
    }
  });

  it('takes ?limit= from 1 to feedSize', async () => {
    for (const format of FORMATS) {
      const full = readFeed(format, (await get(feedUrl('olena-marchenko', format)).expect(200)).body);
      expect(full.entries).toHaveLength(FEED_SIZE);
      const two = readFeed(format, (await get(feedUrl('olena-marchenko', format, '?limit=2')).expect(200)).body);
      expect(two.entries.map((e) => e.id)).toEqual(full.entries.slice(0, 2).map((e) => e.id));
      expect(two.self).toMatch(/\?locale=en&limit=2$/);
    }
  });

  it.each([
    ['limit=0', 'limit', 'must be at least 1'],
    [`limit=${FEED_SIZE + 1}`, 'limit', `must be at most ${FEED_SIZE}`],
    ['limit=two', 'limit', 'must be a whole number'],
    ['limit=1.5', 'limit', 'must be a whole number'],
    ['locale=fr', 'locale', 'not a locale of this site'],
    ['page=2', 'page', ''],
  ])('answers 400 naming the parameter for ?%s', async (query, field, rule) => {
    for (const format of FORMATS) {
      const res = await app
        .http()
        .get(feedUrl('tim-zadorozhnyy', format, `?${query}`))
        .expect(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toEqual([field]);
      expect(res.body.error.message).toContain(field);
      expect(res.body.error.message).toContain(rule);
    }
  });

  it('answers 404 for an unknown or malformed slug', async () => {
    for (const format of FORMATS) {
      await app.http().get(feedUrl('nobody-here', format)).expect(404);
      await app.http().get(feedUrl('Not%20a%20slug', format)).expect(404);
    }
    await app.http().get('/api/newsroom/reporters/tim-zadorozhnyy/feed.xml').expect(404);
  });

  describe('caching', () => {
    it('gives a strong ETag and Last-Modified, and 304 with no body when either still holds', async () => {
      for (const format of FORMATS) {
        const url = feedUrl('james-whitfield', format, '?locale=uk');
        const first = await get(url).expect(200);
        const { etag, 'last-modified': lastModified } = first.headers;
        expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
        expect(first.headers['cache-control']).toBe('no-cache');
        expect(new Date(lastModified).toUTCString()).toBe(lastModified);
        expect((await get(url).expect(200)).headers.etag).toBe(etag);
        const head = await app.http().head(url).expect(200);
        expect([head.headers.etag, head.headers['content-type']]).toEqual([etag, MEDIA_TYPES[format]]);

        const stillFresh: Record<string, string>[] = [
          { 'If-None-Match': etag },
          { 'If-None-Match': `"other", W/${etag}` },
          { 'If-Modified-Since': lastModified },
        ];
        for (const headers of stillFresh) {
          const res = await get(url, headers).expect(304);
          expect(res.body).toBe('');
          expect(res.headers.etag).toBe(etag);
        }
        // If-None-Match decides when both are sent (RFC 9110 §13.2.2).
        await get(url, { 'If-None-Match': '"stale"', 'If-Modified-Since': lastModified }).expect(200);
        await get(url, { 'If-Modified-Since': new Date(new Date(lastModified).getTime() - 1000).toUTCString() }).expect(200);
      }
    });

    it('gives each format, locale and limit its own ETag', async () => {
      const etags = new Set<string>();
      for (const format of FORMATS) {
        for (const query of ['?locale=en', '?locale=uk', '?locale=en&limit=1'])
          etags.add((await get(feedUrl('james-whitfield', format, query)).expect(200)).headers.etag);
      }
      expect(etags.size).toBe(9);
    });

    it("changes the ETag and Last-Modified when the feed changes, even through a co-author's profile", async () => {
      const url = feedUrl('james-whitfield', 'atom');
      const before = await get(url).expect(200);
      const documents = app.strapi.documents(REPORTER_UID as never);
      const [tim] = (await documents.findMany({ filters: { slug: 'tim-zadorozhnyy' }, locale: 'en' } as never)) as any[];
      // Last-Modified counts seconds.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await documents.update({ documentId: tim.documentId, locale: 'en', data: { fullName: 'Tim Zadorozhnyi' } } as never);
      await documents.publish({ documentId: tim.documentId, locale: 'en' } as never);
      const after = await get(url, { 'If-None-Match': before.headers.etag }).expect(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(new Date(after.headers['last-modified']).getTime()).toBeGreaterThan(new Date(before.headers['last-modified']).getTime());
      await get(url, { 'If-Modified-Since': before.headers['last-modified'] }).expect(200);
      expect(readFeed('atom', after.body).entries.flatMap((e) => e.contributors)).toContain('Tim Zadorozhnyi');
      await documents.update({ documentId: tim.documentId, locale: 'en', data: { fullName: 'Tim Zadorozhnyy' } } as never);
      await documents.publish({ documentId: tim.documentId, locale: 'en' } as never);
    });
  });

  it("answers a former slug with a 301 to the reporter's current feed", async () => {
    const documents = app.strapi.documents(REPORTER_UID as never);
    const [profile] = (await documents.findMany({ filters: { slug: 'dmytro-shevchuk' }, locale: 'en' } as never)) as any[];
    await documents.update({ documentId: profile.documentId, locale: 'en', data: { slug: 'dmytro-shevchuk-odesa' } } as never);
    await documents.publish({ documentId: profile.documentId, locale: '*' } as never);
    for (const format of FORMATS) {
      const res = await app
        .http()
        .get(feedUrl('dmytro-shevchuk', format, '?locale=uk&limit=1'))
        .expect(301);
      const location = new URL(res.headers.location);
      expect(`${location.pathname}${location.search}`).toBe(`/api/newsroom/reporters/dmytro-shevchuk-odesa/feed.${format}?locale=uk&limit=1`);
      const feed = readFeed(format, (await get(`${location.pathname}${location.search}`).expect(200)).body);
      expect(feed.entries).toHaveLength(1);
    }
  });

  it('reads the credits of a page in the same number of queries whatever its length', async () => {
    const count = async (limit: number) => {
      let queries = 0;
      const listener = () => (queries += 1);
      app.strapi.db.connection.client.on('query', listener);
      try {
        const feed = readFeed('rss', (await get(feedUrl('olena-marchenko', 'rss', `?limit=${limit}`)).expect(200)).body);
        expect(feed.entries).toHaveLength(limit);
      } finally {
        app.strapi.db.connection.client.removeListener('query', listener);
      }
      return queries;
    };
    expect(await count(1)).toBe(await count(FEED_SIZE));
  });
});
