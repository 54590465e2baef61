import { parseConfig } from '../../server/src/config/schema';
import { toPublicProfile } from '../../server/src/domain/public-profile';
import { renderFeed } from '../../server/src/domain/reporter-feed';
import {
  creditedPeople,
  newsroomUrn,
  reporterFeedModel,
  reporterFeedUrl,
  type FeedSource,
  type ListedEntry,
  type StoredCredits,
} from '../../server/src/domain/reporter-feed-model';

const config = parseConfig({
  profileUrl: 'https://example.org/reporters/{slug}',
  organization: { name: 'The Kyiv Ledger', url: 'https://example.org' },
  articleUrls: { 'api::article.article': 'https://example.org/{locale}/articles/{slug}' },
});

const reporter = (slug: string, fullName: string, extra: Record<string, unknown> = {}) => ({
  documentId: `doc-${slug}`,
  slug,
  fullName,
  bylineMode: 'named',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});
const tim = reporter('tim', 'Tim Zadorozhnyy');
const sofia = reporter('sofia', 'Sofia Tkachenko');
const iryna = reporter('iryna', 'Iryna Bondar');
// As a withheld row would never hold it (the plugin seals those rows): naming must not depend on that.
const hidden = reporter('maryna-kravets', 'Maryna Kravets', { documentId: 'realdocumentid', bylineMode: 'withheld' });
const hidden2 = reporter('second-hidden', 'Second Hidden', { documentId: 'otherhidden', bylineMode: 'withheld' });

describe('the people a feed names on an entry', () => {
  it('lists authors in byline order, each once, and everyone else once as a contributor', () => {
    const people = creditedPeople(
      [
        { role: 'author', reporter: sofia },
        { role: 'photographer', reporter: tim },
        { role: 'author', reporter: tim },
        { role: 'translator', reporter: iryna },
        { role: 'editor', reporter: iryna },
        { role: 'author', reporter: sofia },
      ],
      config,
      'en'
    );
    expect(people.authors).toEqual([
      { name: 'Sofia Tkachenko', url: 'https://example.org/reporters/sofia' },
      { name: 'Tim Zadorozhnyy', url: 'https://example.org/reporters/tim' },
    ]);
    expect(people.contributors).toEqual([{ name: 'Iryna Bondar', url: 'https://example.org/reporters/iryna' }]);
  });

  it('names a withheld reporter only by the withheld text of the locale, without a link, once however many', () => {
    const credits: StoredCredits['credits'] = [
      { role: 'author', reporter: hidden },
      { role: 'author', reporter: tim },
      { role: 'author', reporter: hidden2 },
      { role: 'editor', reporter: hidden },
    ];
    expect(creditedPeople(credits, config, 'en')).toEqual({
      authors: [
        { name: 'Staff reporter', url: null },
        { name: 'Tim Zadorozhnyy', url: 'https://example.org/reporters/tim' },
      ],
      contributors: [],
    });
    expect(creditedPeople(credits, config, 'uk').authors[0]).toEqual({ name: 'Штатний кореспондент', url: null });
    expect(creditedPeople([{ role: 'editor', reporter: hidden }], config, 'en').contributors).toEqual([{ name: 'Staff reporter', url: null }]);
  });

  it('names nobody for a credit without a published profile', () => {
    expect(
      creditedPeople(
        [
          { role: 'author', reporter: null },
          { role: 'author', reporter: tim },
        ],
        config,
        'en'
      ).authors.map((p) => p.name)
    ).toEqual(['Tim Zadorozhnyy']);
  });
});

describe('the model of a reporter feed', () => {
  const entry = (documentId: string, date: string, extra: Partial<ListedEntry> = {}): ListedEntry => ({
    contentType: 'api::article.article',
    documentId,
    locale: 'en',
    date,
    roles: ['author'],
    title: `Story ${documentId}`,
    slug: `story-${documentId}`,
    dek: `Dek of ${documentId}`,
    ...extra,
  });
  const stored = (updatedAt: string, credits: StoredCredits['credits'] = [{ role: 'author', reporter: tim }]): StoredCredits => ({ updatedAt, credits });
  const source = (overrides: Partial<FeedSource> = {}): FeedSource => ({
    feedId: newsroomUrn('plugin::newsroom.reporter-profile', tim.documentId, 'en'),
    profile: toPublicProfile({ ...tim, jobTitle: 'Reporter', shortBio: 'Covers diplomacy.' }, config)!,
    profileUpdatedAt: '2026-01-02T00:00:00.000Z',
    locale: 'en',
    selfUrl: 'https://api.example.org/api/newsroom/reporters/tim/feed.atom?locale=en',
    entries: [
      { entry: entry('one', '2026-01-12'), stored: stored('2026-01-12T09:00:00.000Z') },
      {
        entry: entry('two', '2025-12-18', { roles: ['contributor', 'editor'] }),
        stored: stored('2026-01-20T00:00:00.000Z', [
          { role: 'author', reporter: hidden },
          { role: 'contributor', reporter: tim },
        ]),
      },
    ],
    now: new Date('2026-02-01T00:00:00Z'),
    ...overrides,
  });

  it('gives each entry a stable id, its URL from the type template, title, summary, dates, people and roles', () => {
    const model = reporterFeedModel(source(), config);
    expect(model).toMatchObject({
      id: 'urn:newsroom:plugin::newsroom.reporter-profile:doc-tim:en',
      title: 'Tim Zadorozhnyy – The Kyiv Ledger',
      description: 'Covers diplomacy.',
      language: 'en',
      homeUrl: 'https://example.org/reporters/tim',
      siteUrl: 'https://example.org',
      reporter: { name: 'Tim Zadorozhnyy', url: 'https://example.org/reporters/tim', photoUrl: null },
    });
    expect(model.entries).toEqual([
      {
        id: 'urn:newsroom:api::article.article:one:en',
        url: 'https://example.org/en/articles/story-one',
        title: 'Story one',
        summary: 'Dek of one',
        published: new Date('2026-01-12T00:00:00Z'),
        updated: new Date('2026-01-12T09:00:00Z'),
        authors: [{ name: 'Tim Zadorozhnyy', url: 'https://example.org/reporters/tim' }],
        contributors: [],
        roles: ['author'],
      },
      expect.objectContaining({
        id: 'urn:newsroom:api::article.article:two:en',
        updated: new Date('2026-01-20T00:00:00Z'),
        authors: [{ name: 'Staff reporter', url: null }],
        contributors: [{ name: 'Tim Zadorozhnyy', url: 'https://example.org/reporters/tim' }],
        roles: ['contributor', 'editor'],
      }),
    ]);
  });

  it('leaves out an entry whose published row is gone since it was listed', () => {
    const model = reporterFeedModel(source({ entries: [{ entry: entry('one', '2026-01-12'), stored: undefined }] }), config);
    expect(model.entries).toEqual([]);
  });

  it('gives no link to an entry of a type without a URL template, and an id without locale to an unlocalized one', () => {
    const model = reporterFeedModel(
      source({
        entries: [{ entry: entry('v1', '2026-01-05', { contentType: 'api::video.video', locale: undefined }), stored: stored('2026-01-05T00:00:00Z') }],
      }),
      config
    );
    expect(model.entries[0]).toMatchObject({ id: 'urn:newsroom:api::video.video:v1', url: null });
  });

  it('titles an entry by the first non-empty title-like attribute, then its id', () => {
    const titled = (extra: Partial<ListedEntry>) =>
      reporterFeedModel(
        source({
          entries: [
            { entry: entry('x', '2026-01-05', { title: undefined, slug: undefined, dek: undefined, ...extra }), stored: stored('2026-01-05T00:00:00Z') },
          ],
        }),
        config
      ).entries[0];
    expect(titled({ title: '\u0000 ', name: 'Named' })).toMatchObject({ title: 'Named', summary: null });
    expect(titled({ headline: 'Headline', description: 'Described' })).toMatchObject({ title: 'Headline', summary: 'Described' });
    expect(titled({})).toMatchObject({ title: 'x' });
  });

  it('is updated at the latest change among entries, their rows, the profile and the credited profiles, never later than now', () => {
    expect(reporterFeedModel(source(), config).updated).toEqual(new Date('2026-01-20T00:00:00Z'));
    const renamedCoauthor = { ...sofia, updatedAt: '2026-01-25T00:00:00.000Z' };
    const withCoauthor = source({
      entries: [{ entry: entry('one', '2026-01-12'), stored: stored('2026-01-12T09:00:00Z', [{ role: 'author', reporter: renamedCoauthor }]) }],
    });
    expect(reporterFeedModel(withCoauthor, config).updated).toEqual(new Date('2026-01-25T00:00:00Z'));
    const future = source({ entries: [{ entry: entry('one', '2027-01-01'), stored: stored('2026-01-12T09:00:00Z') }] });
    expect(reporterFeedModel(future, config).updated).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(reporterFeedModel(source({ entries: [] }), config).updated).toEqual(new Date('2026-01-02T00:00:00Z'));
  });

  it('describes the feed by the short bio, else the job title, else the name; titles it without an organization by the name', () => {
    const bare = parseConfig({});
    expect(reporterFeedModel(source({ profile: toPublicProfile({ ...tim, jobTitle: 'Reporter' }, bare)! }), bare)).toMatchObject({
      title: 'Tim Zadorozhnyy',
      description: 'Reporter',
      homeUrl: null,
      siteUrl: null,
    });
    expect(reporterFeedModel(source({ profile: toPublicProfile(tim, bare)! }), bare).description).toBe('Tim Zadorozhnyy');
  });

  it('never holds anything of a withheld co-author but the withheld text, in any format', () => {
    const model = reporterFeedModel(source(), config);
    for (const format of ['rss', 'atom', 'json'] as const) {
      const body = renderFeed(format, model);
      for (const marker of ['Maryna', 'Kravets', 'maryna-kravets', 'realdocumentid'])
        expect({ format, leak: body.includes(marker) ? marker : null }).toEqual({ format, leak: null });
      expect(body).toContain('Staff reporter');
    }
  });
});

describe('the URL of a reporter feed', () => {
  it('names the locale, and the limit when it is not the configured size', () => {
    expect(reporterFeedUrl('https://cms.example.org/api', 'tim', 'rss', { locale: 'uk', limit: 20 }, 20)).toBe(
      'https://cms.example.org/api/newsroom/reporters/tim/feed.rss?locale=uk'
    );
    expect(reporterFeedUrl('https://cms.example.org/api', 'tim', 'json', { locale: 'en', limit: 5 }, 20)).toBe(
      'https://cms.example.org/api/newsroom/reporters/tim/feed.json?locale=en&limit=5'
    );
  });
});
