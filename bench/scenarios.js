'use strict';
// What the benchmark asks the server, built from what was seeded, and what a right answer looks like
// (a figure for a 403 or an empty populate would be worthless, so every path is checked once first).

const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

const CREDITS_POPULATE = 'populate[credits][populate][reporter][populate]=photo';
const AUTHORS_POPULATE = 'populate[authors][populate]=photo';
// What a byline shows: the person's name and slug (for the link), and the photo.
const CREDITS_BYLINE_FIELDS = 'populate[credits][populate][reporter][fields][0]=fullName&populate[credits][populate][reporter][fields][1]=slug';
const AUTHORS_BYLINE_FIELDS = 'populate[authors][fields][0]=name&populate[authors][fields][1]=slug';

/** A listing page, populated through credits (plugin) or authors (baseline); all fields, or a byline's. */
const listing = ({ pageSize, newestFirst = false, bylineFields = false }) => {
  const query = `locale=en&pagination[pageSize]=${pageSize}${newestFirst ? '&sort=publishedAt:desc' : ''}`;
  const hasPhotos = (people) => (body) => {
    expect(body.data.length === pageSize, `expected ${pageSize} articles, got ${body.data.length}`);
    expect(
      body.data.some((a) => people(a).some((p) => p?.photo?.url)),
      'no populated photo in the page'
    );
  };
  const credits = bylineFields ? `${CREDITS_BYLINE_FIELDS}&${CREDITS_POPULATE}` : CREDITS_POPULATE;
  const authors = bylineFields ? `${AUTHORS_BYLINE_FIELDS}&${AUTHORS_POPULATE}` : AUTHORS_POPULATE;
  return {
    plugin: { path: `/api/articles?${query}&${credits}`, check: hasPhotos((a) => a.credits.map((c) => c.reporter)) },
    baseline: { path: `/api/plain-articles?${query}&${authors}`, check: hasPhotos((a) => a.authors) },
  };
};

/** One article by documentId, populated the same way. */
const single = ({ documentId, plainDocumentId }) => ({
  plugin: { path: `/api/articles/${documentId}?locale=en&${CREDITS_POPULATE}`, check: (body) => expect(body.data.credits.length > 0, 'no credits') },
  baseline: {
    path: `/api/plain-articles/${plainDocumentId}?locale=en&${AUTHORS_POPULATE}`,
    check: (body) => expect(body.data.authors.length > 0, 'no authors'),
  },
});

const bylines = ({ documentId }, credits) => ({
  path: `/api/newsroom/bylines/articles/${documentId}?locale=en`,
  check: (body) => expect(body.data.credits.length === credits, `expected ${credits} credits, got ${body.data.credits.length}`),
});

const reporterPage = (star, pageSize) => ({
  path: `/api/newsroom/reporters/${star.slug}?locale=en&pageSize=${pageSize}`,
  check: (body) => {
    expect(body.data.articles.length === Math.min(pageSize, star.articles), `expected ${pageSize} articles, got ${body.data.articles.length}`);
    expect(body.meta.articles.pagination.total === star.articles, `expected ${star.articles} in all, got ${body.meta.articles.pagination.total}`);
  },
});

const sameList = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Page `page` of a reporter's articles (seed/reporter-pages.js): the first by offset, the others by
 * their keyset cursor (`before=`). The answer must list the articles the seed plan puts there, in
 * editorial-date order, and, where the build gives cursors, the next page's cursor.
 */
const reporterPageAt = (reporter, page) => ({
  path: `/api/newsroom/reporters/${reporter.slug}?locale=en&pageSize=${reporter.pageSize}${page.before ? `&before=${page.before}` : ''}`,
  check: (body) => {
    const listed = body.data.articles.map((entry) => entry.documentId);
    const where = `${reporter.fullName}'s page ${page.number}`;
    expect(sameList(listed, page.documentIds), `${where}: expected ${page.documentIds.slice(0, 3).join(', ')}…, got ${listed.slice(0, 3).join(', ')}…`);
    if (!page.before)
      expect(
        body.meta.articles.pagination.total === reporter.articles,
        `${where}: expected ${reporter.articles} in all, got ${body.meta.articles.pagination.total}`
      );
    if ('next' in body.meta.articles)
      expect(body.meta.articles.next === page.next, `${where}: expected next cursor ${page.next}, got ${body.meta.articles.next}`);
  },
});

// Deep pages need the keyset cursor; a build without it answers no `meta.articles.next`.
const keysetPaging = (reporter) => ({
  path: reporterPageAt(reporter, reporter.first).path,
  has: (body) => 'next' in body.meta.articles,
  what: 'no keyset paging: the reporter page gives no meta.articles.next',
});

// Where a feed entry links to (the playground's `articleUrls`), not followed by more of a slug.
const linksTo = (text, slug) => new RegExp(`/articles/${slug}(?![a-z0-9-])`).test(text);
const firstOf = (xml, element) => xml.match(new RegExp(`<${element}[\\s>][\\s\\S]*?</${element}>`))?.[0] ?? '';

/** A reporter's feeds: the latest entries, the newest by editorial date first. */
const FEEDS = {
  rss: { name: 'RSS', newestFirst: (xml, slug) => /<rss[\s>]/.test(xml) && linksTo(firstOf(xml, 'item'), slug) },
  atom: { name: 'Atom', newestFirst: (xml, slug) => /<feed[\s>]/.test(xml) && linksTo(firstOf(xml, 'entry'), slug) },
  json: {
    name: 'JSON Feed',
    newestFirst: (feed, slug) => String(feed.version).includes('jsonfeed.org/version/1.1') && linksTo(String(feed.items?.[0]?.url), slug),
  },
};
const feed = (reporter, format) => ({
  path: `/api/newsroom/reporters/${reporter.slug}/feed.${format}`,
  check: (body) =>
    expect(
      FEEDS[format].newestFirst(body, reporter.newestSlug),
      `${format} feed of ${reporter.fullName}: not a ${FEEDS[format].name} feed whose first entry links to ${reporter.newestSlug}`
    ),
});

/**
 * The reporter sitemap: a urlset naming the star's profile (or, past 50,000 URLs, a sitemap index);
 * `headers` as the client sends them (crawlers accept gzip).
 */
const sitemap = (reporter, headers) => ({
  path: '/api/newsroom/sitemaps/reporters.xml',
  headers,
  check: (xml) =>
    expect(
      /<sitemapindex[\s>]/.test(xml) || (/<urlset[\s>]/.test(xml) && new RegExp(`/reporters/${reporter.slug}<`).test(xml)),
      `the sitemap lists no ${reporter.slug}`
    ),
});

/**
 * The archive's requests (issue 14): each reporter-page and feed request for the star reporter and
 * a regular one, taking turns (ratio star/regular: the same request should cost the same), and the sitemap.
 */
const archive = ({ star, regular }) => {
  const sides = { star: `reporter on ${star.articles}`, regular: `reporter on ${regular.articles}` };
  const pages = ['first', 'middle', 'last'].map((which) => ({
    id: `reporterPage-${which}`,
    group: 'archive',
    label: `Reporter page, ${which} page ${which === 'first' ? '(by offset)' : '(by before= cursor)'}`,
    sides: { star: `${sides.star}, page ${star[which].number}`, regular: `${sides.regular}, page ${regular[which].number}` },
    pair: { star: reporterPageAt(star, star[which]), regular: reporterPageAt(regular, regular[which]) },
    ...(which === 'first' ? {} : { requires: keysetPaging(star) }),
  }));
  const feeds = Object.keys(FEEDS).map((format) => ({
    id: `feed-${format}`,
    group: 'archive',
    label: `Feed, ${FEEDS[format].name}`,
    sides,
    pair: { star: feed(star, format), regular: feed(regular, format) },
  }));
  return [
    ...pages,
    ...feeds,
    { id: 'sitemap', group: 'archive', label: 'Reporter sitemap', requests: [sitemap(star)] },
    {
      id: 'sitemap-gzip',
      group: 'archive',
      label: 'Reporter sitemap, gzip (as crawlers ask for it)',
      requests: [sitemap(star, { 'accept-encoding': 'gzip' })],
    },
  ];
};

// What an editor types into the typeahead, letter by letter (2+ letters, as the admin panel asks).
const TYPED = ['ol', 'ole', 'olen', 'olena', 'olena m', 'ma', 'mar', 'kov', 'ja', 'jam', 'jame', 'bo', 'bond'];

const search = (prefix, pageSize = 10) => ({
  path: `/api/newsroom/reporters?search=${encodeURIComponent(prefix)}&locale=en&pageSize=${pageSize}`,
  check: (body) => expect(body.data.length > 0, `no reporter found for "${prefix}"`),
});

/** The Byline panel's typeahead: an admin route, over draft profiles, as a logged-in editor. */
const typeahead = (prefix, adminToken, pageSize = 10) => ({
  path: `/newsroom/reporters/search?search=${encodeURIComponent(prefix)}&locale=en&pageSize=${pageSize}`,
  headers: { authorization: `Bearer ${adminToken}` },
  check: (body) => expect(body.data.length > 0, `no reporter found for "${prefix}"`),
});

const PLUGIN_BASELINE = { plugin: 'plugin', baseline: 'baseline (authors)' };

/** Timed requests (1–4 of issue 7, then the archive's). `pair`s are measured side by side, for a ratio. */
const timed = (seeded, { adminToken }) => [
  { id: 'listing', label: '1. Page of 25 articles, credits → reporter → photo', sides: PLUGIN_BASELINE, pair: listing({ pageSize: 25 }) },
  { id: 'listingNewest', label: '1b. The same page, newest first', sides: PLUGIN_BASELINE, pair: listing({ pageSize: 25, newestFirst: true }) },
  {
    id: 'listingBylineFields',
    label: '1c. The same page, only the fields a byline shows (name, slug, photo)',
    sides: PLUGIN_BASELINE,
    pair: listing({ pageSize: 25, bylineFields: true }),
  },
  { id: 'bylines', label: '2. Bylines route, one article (4 credits, a key-facts box)', requests: [bylines(seeded.articleWithFourCredits, 4)] },
  { id: 'reporterPage', label: `3. Reporter page, 25 latest of ${seeded.star.articles} articles`, requests: [reporterPage(seeded.star, 25)] },
  {
    id: 'typeahead',
    label: `4. Admin typeahead by name prefix (${TYPED.length} prefixes, 2–7 letters)`,
    requests: TYPED.map((prefix) => typeahead(prefix, adminToken)),
  },
  { id: 'search', label: '4b. Public reporter search, the same prefixes', requests: TYPED.map((prefix) => search(prefix)) },
  ...archive(seeded),
];

/** Counted requests (5 of issue 7): the same request at growing sizes should cost the same queries. */
const counted = (seeded, { adminToken }) => [
  {
    id: 'listingPlugin',
    label: 'Articles with credits → reporter → photo (plugin)',
    sizes: { 1: listing({ pageSize: 1 }).plugin, 5: listing({ pageSize: 5 }).plugin, 100: listing({ pageSize: 100 }).plugin },
  },
  {
    id: 'listingBaseline',
    label: 'Plain articles with authors → photo (baseline)',
    sizes: { 1: listing({ pageSize: 1 }).baseline, 5: listing({ pageSize: 5 }).baseline, 100: listing({ pageSize: 100 }).baseline },
  },
  {
    id: 'listingBylineFields',
    label: 'Articles with credits → reporter (name, slug) → photo (plugin)',
    sizes: {
      1: listing({ pageSize: 1, bylineFields: true }).plugin,
      5: listing({ pageSize: 5, bylineFields: true }).plugin,
      100: listing({ pageSize: 100, bylineFields: true }).plugin,
    },
  },
  {
    id: 'articlePlugin',
    label: 'One article with credits → reporter → photo (1 credit, 4 credits)',
    sizes: { 1: single(seeded.articleWithOneCredit).plugin, 4: single(seeded.articleWithFourCredits).plugin },
  },
  {
    id: 'articleBaseline',
    label: 'One plain article with authors → photo (1 author, 4 authors)',
    sizes: { 1: single(seeded.articleWithOneCredit).baseline, 4: single(seeded.articleWithFourCredits).baseline },
  },
  {
    id: 'bylines',
    label: 'Bylines route (1 credit, 4 credits)',
    sizes: { 1: bylines(seeded.articleWithOneCredit, 1), 4: bylines(seeded.articleWithFourCredits, 4) },
  },
  {
    id: 'reporterPage',
    label: 'Reporter page',
    sizes: { 1: reporterPage(seeded.star, 1), 5: reporterPage(seeded.star, 5), 100: reporterPage(seeded.star, 100) },
  },
  {
    id: 'typeahead',
    label: 'Admin typeahead ("o")',
    sizes: { 1: typeahead('o', adminToken, 1), 5: typeahead('o', adminToken, 5), 100: typeahead('o', adminToken, 100) },
  },
  { id: 'search', label: 'Public reporter search ("o")', sizes: { 1: search('o', 1), 5: search('o', 5), 100: search('o', 100) } },
];

module.exports = { timed, counted };
