import { PROFILE_URL_PLACEHOLDERS, type NewsroomConfig } from '../config/schema';
import { textForLocale } from '../../../shared/locale-lookup';
import type { StoredRow as Entity } from './stored-row';

export interface PublicPhoto {
  url: string;
  alternativeText: string | null;
  width: number | null;
  height: number | null;
  formats: Record<string, { url: string; width: number; height: number }> | null;
}

/** What the public sees of a reporter: never private fields, never a withheld identity. */
export interface PublicProfile {
  documentId: string;
  slug: string;
  fullName: string;
  bylineMode: 'named' | 'pseudonym';
  status: 'active' | 'alumni';
  noindex: boolean;
  locale: string | null;
  url: string | null;
  jobTitle: string | null;
  shortBio: string | null;
  photo: PublicPhoto | null;
  pronouns: string | null;
  basedIn: string | null;
  languages: string[];
  beats: string[];
  sameAs: string[];
  socialLinks: { network: string; url: string }[];
  publicEmail: string | null;
}

export interface PublicProfileDetail extends PublicProfile {
  bio: unknown[] | null;
}

export const withheldText = (texts: NewsroomConfig['withheldBylineText'], locale?: string | null): string => textForLocale(texts, locale, texts.en);

export const profileUrl = (config: Pick<NewsroomConfig, 'profileUrl'>, slug: string): string | null =>
  config.profileUrl ? config.profileUrl.replace(PROFILE_URL_PLACEHOLDERS, encodeURIComponent(slug)) : null;

/** Media URLs of the local provider are site-relative; structured data needs absolute ones. */
export const absoluteUrl = (url: string, base: string | undefined): string => {
  if (/^https?:\/\//i.test(url) || !base) return url;
  return new URL(url, base.endsWith('/') ? base : `${base}/`).toString();
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

const toPhoto = (photo: Entity | null | undefined, alt: unknown, base: string | undefined): PublicPhoto | null => {
  if (!photo || typeof photo.url !== 'string') return null;
  const formats = photo.formats && typeof photo.formats === 'object' ? (photo.formats as Record<string, Entity>) : null;
  return {
    url: absoluteUrl(photo.url, base),
    alternativeText: typeof alt === 'string' && alt ? alt : (photo.alternativeText ?? null),
    width: photo.width ?? null,
    height: photo.height ?? null,
    formats: formats
      ? Object.fromEntries(Object.entries(formats).map(([name, f]) => [name, { url: absoluteUrl(String(f.url), base), width: f.width, height: f.height }]))
      : null,
  };
};

/** The public summary of a profile entity; `null` for a withheld one (callers show the withheld text). */
export const toPublicProfile = (entity: Entity, config: NewsroomConfig, mediaBase?: string): PublicProfile | null => {
  if (entity.bylineMode === 'withheld') return null;
  return {
    documentId: entity.documentId,
    slug: entity.slug,
    fullName: entity.fullName,
    bylineMode: entity.bylineMode === 'pseudonym' ? 'pseudonym' : 'named',
    status: entity.staffStatus === 'alumni' ? 'alumni' : 'active',
    noindex: entity.noindex === true,
    locale: entity.locale ?? null,
    url: profileUrl(config, entity.slug),
    jobTitle: entity.jobTitle ?? null,
    shortBio: entity.shortBio ?? null,
    photo: toPhoto(entity.photo, entity.photoAlt, mediaBase),
    pronouns: entity.pronouns ?? null,
    basedIn: entity.basedIn ?? null,
    languages: strings(entity.languages),
    beats: strings(entity.beats),
    sameAs: strings(entity.sameAs),
    socialLinks: Array.isArray(entity.socialLinks) ? entity.socialLinks.map((link: Entity) => ({ network: String(link.network), url: String(link.url) })) : [],
    publicEmail: entity.publicEmail || null,
  };
};

export const toPublicProfileDetail = (entity: Entity, config: NewsroomConfig, mediaBase?: string): PublicProfileDetail | null => {
  const summary = toPublicProfile(entity, config, mediaBase);
  return summary && { ...summary, bio: Array.isArray(entity.bio) ? entity.bio : null };
};
