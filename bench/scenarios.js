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
    expect(body.data.some((a) => people(a).some((p) => p?.photo?.url)), 'no populated photo in the page');
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
  baseline: { path: `/api/plain-articles/${plainDocumentId}?locale=en&${AUTHORS_POPULATE}`, check: (body) => expect(body.data.authors.length > 0, 'no authors') },
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

/** Timed requests (1–4 of issue 7). `pair`s are measured plugin/baseline alternately, for a ratio. */
const timed = (seeded, { adminToken }) => [
  { id: 'listing', label: '1. Page of 25 articles, credits → reporter → photo', pair: listing({ pageSize: 25 }) },
  { id: 'listingNewest', label: '1b. The same page, newest first', pair: listing({ pageSize: 25, newestFirst: true }) },
  { id: 'listingBylineFields', label: '1c. The same page, only the fields a byline shows (name, slug, photo)', pair: listing({ pageSize: 25, bylineFields: true }) },
  { id: 'bylines', label: '2. Bylines route, one article (4 credits, a key-facts box)', requests: [bylines(seeded.articleWithFourCredits, 4)] },
  { id: 'reporterPage', label: `3. Reporter page, 25 latest of ${seeded.star.articles} articles`, requests: [reporterPage(seeded.star, 25)] },
  { id: 'typeahead', label: `4. Admin typeahead by name prefix (${TYPED.length} prefixes, 2–7 letters)`, requests: TYPED.map((prefix) => typeahead(prefix, adminToken)) },
  { id: 'search', label: '4b. Public reporter search, the same prefixes', requests: TYPED.map((prefix) => search(prefix)) },
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
    sizes: { 1: listing({ pageSize: 1, bylineFields: true }).plugin, 5: listing({ pageSize: 5, bylineFields: true }).plugin, 100: listing({ pageSize: 100, bylineFields: true }).plugin },
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
  { id: 'reporterPage', label: 'Reporter page', sizes: { 1: reporterPage(seeded.star, 1), 5: reporterPage(seeded.star, 5), 100: reporterPage(seeded.star, 100) } },
  { id: 'typeahead', label: 'Admin typeahead ("o")', sizes: { 1: typeahead('o', adminToken, 1), 5: typeahead('o', adminToken, 5), 100: typeahead('o', adminToken, 100) } },
  { id: 'search', label: 'Public reporter search ("o")', sizes: { 1: search('o', 1), 5: search('o', 5), 100: search('o', 100) } },
];

module.exports = { timed, counted };
