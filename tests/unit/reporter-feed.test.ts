import { parseFeed } from '@rowanmanning/feed-parser';
import { FEED_MEDIA_TYPES, ROLE_SCHEME, feedText, renderFeed, type ReporterFeed } from '../../server/src/domain/reporter-feed';
import { childrenNamed, jsonFeedProblems, parseXml, xmlEntries } from '../helpers/feeds';

const feed = (overrides: Partial<ReporterFeed> = {}): ReporterFeed => ({
  id: 'urn:newsroom:plugin::newsroom.reporter-profile:abc:en',
  title: 'Tim Zadorozhnyy – The Kyiv Ledger',
  description: 'Reporter in Warsaw',
  language: 'en',
  homeUrl: 'https://example.org/reporters/tim',
  siteUrl: 'https://example.org',
  selfUrl: 'https://api.example.org/api/newsroom/reporters/tim/feed.rss?locale=en&limit=2',
  updated: new Date('2026-01-13T10:00:00Z'),
  reporter: { name: 'Tim Zadorozhnyy', url: 'https://example.org/reporters/tim', photoUrl: 'https://example.org/tim.png' },
  entries: [
    {
      id: 'urn:newsroom:api::article.article:doc1:en',
      url: 'https://example.org/en/articles/one?x=1&y=2',
      title: 'First story',
      summary: 'What happened first.',
      published: new Date('2026-01-12T00:00:00Z'),
      updated: new Date('2026-01-13T10:00:00Z'),
      authors: [
        { name: 'Sofia Tkachenko', url: 'https://example.org/reporters/sofia' },
        { name: 'Tim Zadorozhnyy', url: 'https://example.org/reporters/tim' },
      ],
      contributors: [{ name: 'Iryna Bondar', url: 'https://example.org/reporters/iryna' }],
      roles: ['author'],
    },
    {
      id: 'urn:newsroom:api::video.video:doc2',
      url: null,
      title: 'A video without a page',
      summary: null,
      published: new Date('2025-12-18T00:00:00Z'),
      updated: new Date('2025-12-18T00:00:00Z'),
      authors: [{ name: 'Staff reporter', url: null }],
      contributors: [{ name: 'Tim Zadorozhnyy', url: 'https://example.org/reporters/tim' }],
      roles: ['photographer', 'editor'],
    },
  ],
  ...overrides,
});

describe('reporter feed rendering', () => {
  it('has the media type of each format', () => {
    expect(FEED_MEDIA_TYPES).toEqual({
      rss: 'application/rss+xml; charset=utf-8',
      atom: 'application/atom+xml; charset=utf-8',
      json: 'application/feed+json; charset=utf-8',
    });
  });

  it('writes RSS 2.0: entries in order, every author as dc:creator, the rest as dc:contributor, roles as categories', () => {
    const xml = renderFeed('rss', feed());
    const parsed = parseFeed(xml);
    expect(parsed.meta.type).toBe('rss');
    expect(parsed).toMatchObject({
      title: 'Tim Zadorozhnyy – The Kyiv Ledger',
      description: 'Reporter in Warsaw',
      url: 'https://example.org/reporters/tim',
      language: 'en',
    });
    expect(parsed.self).toBe('https://api.example.org/api/newsroom/reporters/tim/feed.rss?locale=en&limit=2');
    expect(parsed.items.map((item) => item.id)).toEqual(['urn:newsroom:api::article.article:doc1:en', 'urn:newsroom:api::video.video:doc2']);
    expect(parsed.items.map((item) => item.url)).toEqual(['https://example.org/en/articles/one?x=1&y=2', null]);
    expect(parsed.items[0].authors.map((a) => a.name)).toEqual(['Sofia Tkachenko', 'Tim Zadorozhnyy']);
    expect(parsed.items[1].authors.map((a) => a.name)).toEqual(['Staff reporter']);
    expect(parsed.items[0].published?.toISOString()).toBe('2026-01-12T00:00:00.000Z');
    expect(parsed.items[1].categories.map((c) => c.term)).toEqual(['photographer', 'editor']);

    const items = xmlEntries(parseXml(xml));
    expect(items.map((item) => childrenNamed(item, 'guid')[0].attributes.isPermaLink)).toEqual(['false', 'false']);
    expect(items.map((item) => childrenNamed(item, 'dc:contributor').map((c) => c.text.trim()))).toEqual([['Iryna Bondar'], ['Tim Zadorozhnyy']]);
    expect(childrenNamed(items[1], 'category')[0].attributes.domain).toBe(ROLE_SCHEME);
  });

  it('links the channel to the organization, or to itself, when the reporter has no page', () => {
    expect(parseFeed(renderFeed('rss', feed({ homeUrl: null }))).url).toBe('https://example.org');
    expect(parseFeed(renderFeed('rss', feed({ homeUrl: null, siteUrl: null }))).url).toBe(feed().selfUrl);
  });

  it('writes Atom 1.0: ids, one author per co-author, contributors, content where there is no link', () => {
    const xml = renderFeed('atom', feed());
    const parsed = parseFeed(xml);
    expect(parsed.meta.type).toBe('atom');
    expect(parsed).toMatchObject({ title: 'Tim Zadorozhnyy – The Kyiv Ledger', url: 'https://example.org/reporters/tim', language: 'en' });
    expect(parsed.authors.map((a) => a.name)).toEqual(['Tim Zadorozhnyy']);
    expect(parsed.updated?.toISOString()).toBe('2026-01-13T10:00:00.000Z');
    expect(parsed.items.map((item) => item.id)).toEqual(['urn:newsroom:api::article.article:doc1:en', 'urn:newsroom:api::video.video:doc2']);
    expect(parsed.items[0].authors.map((a) => [a.name, a.url])).toEqual([
      ['Sofia Tkachenko', 'https://example.org/reporters/sofia'],
      ['Tim Zadorozhnyy', 'https://example.org/reporters/tim'],
    ]);
    expect(parsed.items[1].authors.map((a) => [a.name, a.url])).toEqual([['Staff reporter', null]]);
    expect(parsed.items[0].updated?.toISOString()).toBe('2026-01-13T10:00:00.000Z');

    const document = parseXml(xml);
    expect(childrenNamed(document, 'id')[0].text).toBe('urn:newsroom:plugin::newsroom.reporter-profile:abc:en');
    const entries = xmlEntries(document);
    expect(entries.map((entry) => childrenNamed(entry, 'contributor').map((c) => childrenNamed(c, 'name')[0].text))).toEqual([
      ['Iryna Bondar'],
      ['Tim Zadorozhnyy'],
    ]);
    // RFC 4287 §4.1.1.1: an entry without an alternate link carries its content.
    expect(childrenNamed(entries[0], 'content')).toEqual([]);
    expect(childrenNamed(entries[1], 'content')[0].text).toBe('A video without a page');
    expect(childrenNamed(entries[1], 'category').map((c) => [c.attributes.term, c.attributes.scheme])).toEqual([
      ['photographer', ROLE_SCHEME],
      ['editor', ROLE_SCHEME],
    ]);
  });

  it('writes JSON Feed 1.1: authors arrays, the roles and contributors in a _newsroom extension', () => {
    const json = JSON.parse(renderFeed('json', feed()));
    expect(jsonFeedProblems(json)).toEqual([]);
    expect(json).toMatchObject({
      title: 'Tim Zadorozhnyy – The Kyiv Ledger',
      home_page_url: 'https://example.org/reporters/tim',
      feed_url: feed().selfUrl,
      language: 'en',
      authors: [{ name: 'Tim Zadorozhnyy', url: 'https://example.org/reporters/tim', avatar: 'https://example.org/tim.png' }],
    });
    expect(json.items.map((item: any) => item.authors)).toEqual([
      [
        { name: 'Sofia Tkachenko', url: 'https://example.org/reporters/sofia' },
        { name: 'Tim Zadorozhnyy', url: 'https://example.org/reporters/tim' },
      ],
      [{ name: 'Staff reporter' }],
    ]);
    expect(json.items[1]).toMatchObject({
      id: 'urn:newsroom:api::video.video:doc2',
      content_text: 'A video without a page',
      date_published: '2025-12-18T00:00:00.000Z',
    });
    expect(json.items[1].url).toBeUndefined();
    expect(json.items.map((item: any) => item._newsroom)).toEqual([
      { roles: ['author'], contributors: [{ name: 'Iryna Bondar', url: 'https://example.org/reporters/iryna' }] },
      { roles: ['photographer', 'editor'], contributors: [{ name: 'Tim Zadorozhnyy', url: 'https://example.org/reporters/tim' }] },
    ]);
  });

  it('writes an empty feed in every format', () => {
    expect(parseFeed(renderFeed('rss', feed({ entries: [] }))).items).toEqual([]);
    expect(parseFeed(renderFeed('atom', feed({ entries: [] }))).items).toEqual([]);
    expect(jsonFeedProblems(JSON.parse(renderFeed('json', feed({ entries: [] }))))).toEqual([]);
  });

  describe('any text', () => {
    const controls = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');
    const hostile = `A & B <b>"q"</b> 'apos' ]]> ${controls} \uFFFE\uFFFF \uD800 lone \uDC00 end 😀 Київ`;
    const expected = feedText(hostile);
    const withText = (text: string) =>
      feed({
        title: text,
        description: text,
        reporter: { name: text, url: null, photoUrl: null },
        entries: feed().entries.map((entry) => ({
          ...entry,
          title: text,
          summary: text,
          authors: [{ name: text, url: null }],
          contributors: [{ name: text, url: null }],
        })),
      });

    it('keeps what XML 1.0 allows and drops the rest', () => {
      expect(expected).toBe(`A & B <b>"q"</b> 'apos' ]]> \t\n\r   lone  end 😀 Київ`.trim());
      expect(feedText('\u0000\u0008')).toBe('');
    });

    it.each(['rss', 'atom'] as const)('stays well-formed %s and reads back as the text', (format) => {
      const xml = renderFeed(format, withText(hostile));
      expect(() => parseXml(xml)).not.toThrow();
      const parsed = parseFeed(xml);
      // XML parsers normalize line ends (XML 1.0 §2.11): CR and CRLF are read as LF.
      const read = expected.replace(/\r\n?/g, '\n');
      expect(parsed.title).toBe(read);
      expect(parsed.items.map((item) => item.title)).toEqual([read, read]);
      expect(parsed.items[0].authors.map((a) => a.name)).toEqual([read]);
    });

    it('stays valid JSON and reads back as the text', () => {
      const text = renderFeed('json', withText(hostile));
      expect(text).not.toMatch(/[<>&\u2028\u2029]/);
      const json = JSON.parse(text);
      expect(jsonFeedProblems(json)).toEqual([]);
      expect(json.title).toBe(expected);
      expect(json.items[0].authors).toEqual([{ name: expected }]);
    });

    it('escapes URLs in attributes', () => {
      const url = 'https://example.org/a?b=1&c="2"&d=<3>';
      const xml = renderFeed('atom', feed({ selfUrl: url }));
      const self = childrenNamed(parseXml(xml), 'link').find((link) => link.attributes.rel === 'self')!;
      expect(self.attributes.href).toBe(url);
    });
  });
});
