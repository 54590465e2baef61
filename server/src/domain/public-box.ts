import { isStale } from '../../../shared/key-facts-rules';
import type { NewsroomConfig } from '../config/schema';
import { organizationJsonLd } from './json-ld';
import type { StoredRow as Entity } from './stored-row';

export interface PublicFact {
  text: string;
  label: string | null;
  date: string | null;
  sources: { name: string; url: string }[];
}

export interface PublicBox {
  documentId: string;
  locale: string | null;
  title: string;
  kind: string;
  facts: PublicFact[];
  lastVerifiedAt: string | null;
  stale: boolean;
  claimReviewed?: string | null;
  claimAuthor?: string | null;
  rating?: { value: number; label: string } | null;
}

export const toPublicBox = (entity: Entity, config: Pick<NewsroomConfig, 'staleFactsAfterDays'>, now = new Date()): PublicBox => ({
  documentId: entity.documentId,
  locale: entity.locale ?? null,
  title: entity.title,
  kind: entity.kind,
  facts: (entity.facts ?? []).map((fact: Entity) => ({
    text: fact.text,
    label: fact.label || null,
    date: fact.date ?? null,
    sources: (fact.sources ?? []).map((source: Entity) => ({ name: source.name, url: source.url })),
  })),
  lastVerifiedAt: entity.lastVerifiedAt ? new Date(entity.lastVerifiedAt).toISOString() : null,
  stale: isStale(entity.lastVerifiedAt ? new Date(entity.lastVerifiedAt).toISOString() : null, config.staleFactsAfterDays, now),
  ...(entity.kind === 'fact-check'
    ? {
        claimReviewed: entity.claimReviewed ?? null,
        claimAuthor: entity.claimAuthor || null,
        rating: entity.rating ? { value: entity.rating.value, label: entity.rating.label } : null,
      }
    : {}),
});

/**
 * Google's ClaimReview (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
 * required `claimReviewed`, `reviewRating` (with `alternateName`) and `url`, the page the review is on.
 */
export const claimReviewJsonLd = (
  box: PublicBox,
  config: Pick<NewsroomConfig, 'organization'>,
  page: { url: string | null; datePublished?: string | null }
): Record<string, unknown> | null => {
  if (box.kind !== 'fact-check' || !box.claimReviewed || !box.rating) return null;
  const author = organizationJsonLd(config.organization);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(page.url ? { url: page.url } : {}),
    claimReviewed: box.claimReviewed,
    ...(page.datePublished ? { datePublished: page.datePublished.slice(0, 10) } : {}),
    ...(author ? { author } : {}),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: box.rating.value,
      bestRating: 5,
      worstRating: 1,
      alternateName: box.rating.label,
    },
    ...(box.claimAuthor ? { itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: box.claimAuthor } } } : {}),
    ...(box.locale ? { inLanguage: box.locale } : {}),
  };
};
