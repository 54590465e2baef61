import type { NewsroomConfig } from '../config/schema';
import type { PublicProfileDetail, PublicProfile } from './public-profile';

type JsonLd = Record<string, unknown>;

const compact = (object: JsonLd): JsonLd =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0) && v !== ''));

export const organizationJsonLd = (organization: NewsroomConfig['organization']): JsonLd | undefined =>
  organization
    ? compact({
        '@type': 'NewsMediaOrganization',
        name: organization.name,
        url: organization.url,
        logo: organization.logo ? { '@type': 'ImageObject', url: organization.logo } : undefined,
      })
    : undefined;

/** schema.org `Person` for a public (named or pseudonymous) profile. */
export const personJsonLd = (profile: PublicProfile, config: Pick<NewsroomConfig, 'organization'>): JsonLd =>
  compact({
    '@type': 'Person',
    name: profile.fullName,
    url: profile.url ?? undefined,
    jobTitle: profile.jobTitle ?? undefined,
    description: profile.shortBio ?? undefined,
    image: profile.photo
      ? compact({
          '@type': 'ImageObject',
          url: profile.photo.url,
          caption: profile.photo.alternativeText ?? undefined,
          width: profile.photo.width ?? undefined,
          height: profile.photo.height ?? undefined,
        })
      : undefined,
    sameAs: [...new Set([...profile.sameAs, ...profile.socialLinks.map((link) => link.url)])],
    knowsAbout: profile.beats,
    knowsLanguage: profile.languages,
    homeLocation: profile.basedIn ? { '@type': 'Place', name: profile.basedIn } : undefined,
    // An alumnus no longer works for the newsroom.
    worksFor: profile.status === 'active' ? organizationJsonLd(config.organization) : undefined,
  });

/** Google's ProfilePage: https://developers.google.com/search/docs/appearance/structured-data/profile-page */
export const profilePageJsonLd = (
  profile: PublicProfileDetail,
  config: Pick<NewsroomConfig, 'organization'>,
  dates: { createdAt?: string | null; updatedAt?: string | null } = {}
): JsonLd =>
  compact({
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: profile.url ?? undefined,
    dateCreated: dates.createdAt ?? undefined,
    dateModified: dates.updatedAt ?? undefined,
    inLanguage: profile.locale ?? undefined,
    mainEntity: personJsonLd(profile, config),
  });

/** One credited person as structured data: a Person, or the organization for a withheld reporter. */
export type CreditForJsonLd = { role: string } & ({ withheld: true; withheldText: string } | { withheld: false; profile: PublicProfile });

// schema.org has author, editor, translator and contributor on CreativeWork; other roles contribute.
const JSON_LD_PROPERTY: Record<string, 'author' | 'editor' | 'translator'> = { author: 'author', editor: 'editor', translator: 'translator' };

const creditPersonJsonLd = (credit: CreditForJsonLd, config: Pick<NewsroomConfig, 'organization'>): JsonLd => {
  if (credit.withheld) {
    return organizationJsonLd(config.organization) ?? { '@type': 'Organization', name: credit.withheldText };
  }
  const { profile } = credit;
  return compact({
    '@type': 'Person',
    name: profile.fullName,
    url: profile.url ?? undefined,
    jobTitle: profile.jobTitle ?? undefined,
    image: profile.photo?.url,
    sameAs: [...new Set([...profile.sameAs, ...profile.socialLinks.map((link) => link.url)])],
  });
};

/**
 * The credits part of an article's JSON-LD: `author` always an array, in byline order, one
 * object per credit; `editor`, `translator` and `contributor` likewise when credited. A withheld
 * author appears once as the organization.
 */
export const articleCreditsJsonLd = (credits: CreditForJsonLd[], config: Pick<NewsroomConfig, 'organization'>): JsonLd => {
  const out: Record<string, JsonLd[]> = { author: [] };
  const seen = new Set<string>();
  for (const credit of credits) {
    const property = JSON_LD_PROPERTY[credit.role] ?? 'contributor';
    const key = `${property}:${credit.withheld ? 'withheld' : credit.profile.documentId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (out[property] ??= []).push(creditPersonJsonLd(credit, config));
  }
  return out;
};
