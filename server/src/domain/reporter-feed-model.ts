import type { NewsroomConfig } from '../config/schema';
import { entryUrl } from './entry-url';
import { toPublicProfile, withheldText, type PublicProfile } from './public-profile';
import { feedText, type FeedEntry, type FeedFormat, type FeedPerson, type ReporterFeed } from './reporter-feed';
import { TITLE_ATTRIBUTES } from './entry-title';
import type { StoredRow as Entity } from './stored-row';

type DateLike = string | Date | null | undefined;

/** An entry of the reporter page (`reporters.articlesBy`): its public scalar attributes, `date` and the reporter's `roles`. */
export interface ListedEntry {
  contentType: string;
  documentId: string;
  locale?: string | null;
  date: string;
  roles: string[];
  [attribute: string]: unknown;
}

/** What a feed needs of an entry's published row: when it changed, and its credits in byline order with their reporters' rows. */
export interface StoredCredits {
  updatedAt: DateLike;
  credits: { role: string; reporter: Entity | null }[];
}

export interface FeedSource {
  /** The feed's own id (Atom `id`). */
  feedId: string;
  /** The feed's reporter, as the public sees them (never a withheld profile: that has no feed). */
  profile: PublicProfile;
  profileUpdatedAt: DateLike;
  locale: string;
  selfUrl: string;
  /** Newest first; an entry whose credits were not found (unpublished since it was listed) is left out. */
  entries: { entry: ListedEntry; stored: StoredCredits | undefined }[];
  now: Date;
}

/** An id that outlives slugs and URLs: `urn:newsroom:<uid>:<documentId>`, and `:<locale>` for a localized one. */
export const newsroomUrn = (uid: string, documentId: string, locale?: string | null): string =>
  ['urn:newsroom', uid, documentId, ...(locale ? [locale] : [])].join(':');

/**
 * A feed's canonical URL: its query names the locale always, the limit when it is not the
 * configured size. Built in one place so the self link and a redirect agree.
 */
export const reporterFeedUrl = (
  apiBase: string,
  slug: string,
  format: FeedFormat,
  { locale, limit }: { locale: string; limit: number },
  feedSize: number
): string => {
  const query = new URLSearchParams({ locale, ...(limit === feedSize ? {} : { limit: String(limit) }) });
  return `${apiBase}/newsroom/reporters/${encodeURIComponent(slug)}/feed.${format}?${query}`;
};

// Types name their headline and standfirst differently; the first non-empty public one is used.
const FEED_TITLE_ATTRIBUTES = [...TITLE_ATTRIBUTES, 'slug'];
const SUMMARY_ATTRIBUTES = ['dek', 'summary', 'description', 'excerpt', 'standfirst'];

const firstText = (entry: ListedEntry, attributes: string[]): string | null => {
  for (const attribute of attributes) {
    const value = entry[attribute];
    if (typeof value === 'string' && feedText(value)) return value;
  }
  return null;
};

/** The latest of some dates as a time, -Infinity if none is a date. */
const latest = (values: DateLike[]): number => Math.max(...values.map((value) => (value ? new Date(value).getTime() : Number.NaN)).filter(Number.isFinite));

/**
 * The people credited on an entry, as the bylines route names them: a public profile by its name
 * and page; a withheld reporter only as the withheld text, without a link, once per entry however
 * many withheld credits it has (no count of hidden people to read). A credit without a published
 * profile in this locale names nobody. Authors first; everyone else once, as a contributor.
 */
export const creditedPeople = (
  credits: StoredCredits['credits'],
  config: NewsroomConfig,
  locale: string
): { authors: FeedPerson[]; contributors: FeedPerson[] } => {
  const withheld = { key: 'withheld', person: { name: withheldText(config.withheldBylineText, locale), url: null } };
  const people = credits
    .filter((credit) => credit.reporter)
    .map((credit) => {
      const profile = toPublicProfile(credit.reporter!, config);
      return { role: credit.role, ...(profile ? { key: profile.documentId, person: { name: profile.fullName, url: profile.url } } : withheld) };
    });
  const seen = new Set<string>();
  const once = (list: typeof people) =>
    list.flatMap(({ key, person }) => {
      if (seen.has(key)) return [];
      seen.add(key);
      return [person];
    });
  const authors = once(people.filter((p) => p.role === 'author'));
  return { authors, contributors: once(people.filter((p) => p.role !== 'author')) };
};

/**
 * The feed of one reporter's latest entries. `updated` is the latest of the entries' dates and
 * changes, the profile's and the credited profiles' changes (a renamed or withheld co-author changes
 * the feed), never later than `now`.
 */
export const reporterFeedModel = (source: FeedSource, config: NewsroomConfig): ReporterFeed => {
  const { profile, locale, now } = source;
  const entries: FeedEntry[] = source.entries.flatMap(({ entry, stored }) => {
    if (!stored) return [];
    const published = new Date(entry.date);
    return [
      {
        id: newsroomUrn(entry.contentType, entry.documentId, entry.locale),
        url: entryUrl(config, entry.contentType, entry),
        title: firstText(entry, FEED_TITLE_ATTRIBUTES) ?? entry.documentId,
        summary: firstText(entry, SUMMARY_ATTRIBUTES),
        published,
        updated: new Date(latest([published, stored.updatedAt])),
        ...creditedPeople(stored.credits, config, locale),
        roles: entry.roles,
      },
    ];
  });
  const changes: DateLike[] = [
    source.profileUpdatedAt,
    ...source.entries.flatMap(({ entry, stored }) => [entry.date, stored?.updatedAt, ...(stored?.credits ?? []).map((c) => c.reporter?.updatedAt)]),
  ];
  const changed = latest(changes);
  const updated = Number.isFinite(changed) && changed < now.getTime() ? new Date(changed) : now;
  const description = [profile.shortBio, profile.jobTitle].find((text): text is string => typeof text === 'string' && feedText(text) !== '');
  return {
    id: source.feedId,
    title: config.organization ? `${profile.fullName} – ${config.organization.name}` : profile.fullName,
    description: description ?? profile.fullName,
    language: locale,
    homeUrl: profile.url,
    siteUrl: config.organization?.url ?? null,
    selfUrl: source.selfUrl,
    updated,
    reporter: { name: profile.fullName, url: profile.url, photoUrl: profile.photo?.url ?? null },
    entries,
  };
};
