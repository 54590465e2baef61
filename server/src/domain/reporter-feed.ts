import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import { toScriptSafeJson } from './script-safe-json';

/**
 * A reporter's feed as RSS 2.0, Atom 1.0 or JSON Feed 1.1, written from one typed model by
 * feedsmith. Pure: services/reporter-feeds.ts builds the model (domain/reporter-feed-model.ts).
 */

export const FEED_FORMATS = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** Where the reporter's roles go: RSS category domain, Atom category scheme. */
export const ROLE_SCHEME = 'urn:newsroom:role';

/** A person as a feed names them: a public profile, or the withheld byline text with no link. */
export interface FeedPerson {
  name: string;
  url: string | null;
}

export interface FeedEntry {
  /** Stable across slug and URL changes: RSS guid, Atom id, JSON Feed id. */
  id: string;
  /** From the type's `articleUrls` template; null for a type without one. */
  url: string | null;
  title: string;
  summary: string | null;
  published: Date;
  updated: Date;
  /** Credited as author, in byline order, each person once. */
  authors: FeedPerson[];
  /** Credited in another role, in byline order, each person once, authors left out. */
  contributors: FeedPerson[];
  /** The feed's reporter's roles on this entry. */
  roles: string[];
}

export interface ReporterFeed {
  id: string;
  title: string;
  description: string;
  language: string;
  /** The reporter's public page (`profileUrl`), or null when the site has none. */
  homeUrl: string | null;
  /** The organization's site, the RSS channel's link when there is no reporter page. */
  siteUrl: string | null;
  /** Where this document is served. */
  selfUrl: string;
  updated: Date;
  reporter: FeedPerson & { photoUrl: string | null };
  entries: FeedEntry[];
}

// XML 1.0 allows tab, line feed, carriage return and U+0020 up, except surrogates, U+FFFE and
// U+FFFF; with the u flag a lone surrogate is one code point, so it goes too.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text a feed can carry in any format: characters XML cannot hold removed, ends trimmed. */
export const feedText = (value: string): string => value.replace(NOT_XML_CHAR, '').trim();

const cleanStrings = <T>(value: T): T => {
  if (typeof value === 'string') return feedText(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, cleanStrings(v)])) as T;
  }
  return value;
};

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;
const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

// Every entry has the urn id, permalink or not: a guid that followed the URL would make readers
// show an entry again whenever its slug changed.
const rss = (feed: ReporterFeed): string =>
  generateRssFeed({
    title: feed.title,
    link: feed.homeUrl ?? feed.siteUrl ?? feed.selfUrl,
    description: feed.description,
    language: feed.language,
    lastBuildDate: feed.updated,
    atom: { links: [{ href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' }] },
    items: feed.entries.map((entry) => ({
      title: entry.title,
      link: orUndefined(entry.url),
      description: orUndefined(entry.summary),
      guid: { value: entry.id, isPermaLink: false },
      pubDate: entry.published,
      categories: nonEmpty(entry.roles.map((role) => ({ name: role, domain: ROLE_SCHEME }))),
      dc: { creators: nonEmpty(entry.authors.map((p) => p.name)), contributors: nonEmpty(entry.contributors.map((p) => p.name)) },
    })),
  });

const atomPerson = (person: FeedPerson) => ({ name: person.name, uri: orUndefined(person.url) });

// Atom: an entry without a link to read it at must carry its content; a feed's author applies to
// entries without one of their own, so the feed's author is its reporter.
const atom = (feed: ReporterFeed): string =>
  generateAtomFeed({
    id: feed.id,
    title: { value: feed.title, type: 'text' },
    subtitle: { value: feed.description, type: 'text' },
    updated: feed.updated,
    xml: { lang: feed.language },
    authors: [atomPerson(feed.reporter)],
    links: [
      { href: feed.selfUrl, rel: 'self', type: 'application/atom+xml' },
      ...(feed.homeUrl ? [{ href: feed.homeUrl, rel: 'alternate', type: 'text/html' }] : []),
    ],
    entries: feed.entries.map((entry) => ({
      id: entry.id,
      title: { value: entry.title, type: 'text' },
      summary: entry.summary ? { value: entry.summary, type: 'text' } : undefined,
      content: entry.url ? undefined : { value: entry.summary ?? entry.title, type: 'text' },
      links: entry.url ? [{ href: entry.url, rel: 'alternate', type: 'text/html' }] : undefined,
      published: entry.published,
      updated: entry.updated,
      authors: nonEmpty(entry.authors.map(atomPerson)),
      contributors: nonEmpty(entry.contributors.map(atomPerson)),
      categories: nonEmpty(entry.roles.map((role) => ({ term: role, scheme: ROLE_SCHEME }))),
    })),
  });

const jsonPerson = (person: FeedPerson) => ({ name: person.name, url: orUndefined(person.url) });

// JSON Feed has no contributors and no categories of that kind: the reporter's roles and the other
// credits go in a custom object, which readers that do not know it ignore (JSON Feed 1.1,
// "Extensions"). An item needs content_text or content_html; a feed needs `items`, even empty,
// which feedsmith leaves out.
const json = (feed: ReporterFeed): string => {
  const generated = generateJsonFeed({
    title: feed.title,
    description: feed.description,
    home_page_url: orUndefined(feed.homeUrl),
    feed_url: feed.selfUrl,
    language: feed.language,
    authors: [{ ...jsonPerson(feed.reporter), avatar: orUndefined(feed.reporter.photoUrl) }],
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: orUndefined(entry.url),
      title: entry.title,
      summary: orUndefined(entry.summary),
      content_text: entry.summary ?? entry.title,
      date_published: entry.published,
      date_modified: entry.updated,
      language: feed.language,
      authors: nonEmpty(entry.authors.map(jsonPerson)),
    })),
  }) as { items?: Record<string, unknown>[] };
  const items = (generated.items ?? []).map((item, i) => {
    const { roles, contributors } = feed.entries[i];
    return { ...item, _newsroom: { roles, contributors: contributors.map(jsonPerson) } };
  });
  // Valid JSON either way; script-safe so a page may inline it like the plugin's JSON-LD.
  return toScriptSafeJson({ ...generated, items });
};

const RENDER: Record<FeedFormat, (feed: ReporterFeed) => string> = { rss, atom, json };

/** The feed in one format. Whatever text the model holds, XML stays well-formed and JSON valid. */
export const renderFeed = (format: FeedFormat, feed: ReporterFeed): string => RENDER[format](cleanStrings(feed));
