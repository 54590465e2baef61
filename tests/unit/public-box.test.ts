import { claimReviewJsonLd, toPublicBox } from '../../server/src/domain/public-box';

const now = new Date('2026-03-01T12:00:00Z');
const organization = { name: 'Example News', url: 'https://example.org' } as never;

const factCheck = {
  id: 4,
  documentId: 'box1',
  locale: 'uk',
  title: 'Чи справді…',
  kind: 'fact-check',
  facts: [
    { id: 1, text: 'First', label: '', date: null, sources: [{ id: 8, name: 'Reuters', url: 'https://reuters.com/x' }] },
    { id: 2, text: 'Second', label: 'Context', date: '2026-02-01' },
  ],
  lastVerifiedAt: '2026-02-20T10:00:00.000Z',
  claimReviewed: 'The claim',
  claimAuthor: '',
  rating: { id: 3, value: 2, label: 'Mostly false' },
  createdBy: { id: 1 },
};

describe('the public key-facts box', () => {
  it('keeps facts in order without component ids, empty labels as null', () => {
    const box = toPublicBox(factCheck, { staleFactsAfterDays: 30 }, now);
    expect(box.facts).toEqual([
      { text: 'First', label: null, date: null, sources: [{ name: 'Reuters', url: 'https://reuters.com/x' }] },
      { text: 'Second', label: 'Context', date: '2026-02-01', sources: [] },
    ]);
    expect(box).toMatchObject({
      documentId: 'box1',
      locale: 'uk',
      kind: 'fact-check',
      claimReviewed: 'The claim',
      claimAuthor: null,
      rating: { value: 2, label: 'Mostly false' },
    });
    expect(JSON.stringify(box)).not.toMatch(/"id"|createdBy/);
  });

  it('is stale once lastVerifiedAt is older than the configured days, or was never set', () => {
    expect(toPublicBox(factCheck, { staleFactsAfterDays: 30 }, now).stale).toBe(false);
    expect(toPublicBox(factCheck, { staleFactsAfterDays: 5 }, now).stale).toBe(true);
    expect(toPublicBox({ ...factCheck, lastVerifiedAt: null }, { staleFactsAfterDays: 30 }, now)).toMatchObject({ lastVerifiedAt: null, stale: true });
  });

  it('has no claim fields unless it is a fact-check', () => {
    const box = toPublicBox({ ...factCheck, kind: 'timeline' }, { staleFactsAfterDays: 30 }, now);
    expect(box).not.toHaveProperty('claimReviewed');
    expect(box).not.toHaveProperty('rating');
  });
});

describe('ClaimReview JSON-LD', () => {
  const box = toPublicBox({ ...factCheck, claimAuthor: 'A politician' }, { staleFactsAfterDays: 30 }, now);

  it('has what Google requires: claimReviewed, reviewRating with alternateName, the page url', () => {
    expect(claimReviewJsonLd(box, { organization }, { url: 'https://example.org/a', datePublished: '2026-02-21T08:00:00.000Z' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://example.org/a',
      claimReviewed: 'The claim',
      datePublished: '2026-02-21',
      author: { '@type': 'NewsMediaOrganization', name: 'Example News', url: 'https://example.org' },
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'A politician' } },
      inLanguage: 'uk',
    });
  });

  it('is nothing for other kinds or a fact-check without claim or rating', () => {
    const page = { url: null };
    expect(claimReviewJsonLd({ ...box, kind: 'key-facts' }, { organization }, page)).toBeNull();
    expect(claimReviewJsonLd({ ...box, claimReviewed: null }, { organization }, page)).toBeNull();
    expect(claimReviewJsonLd({ ...box, rating: null }, { organization }, page)).toBeNull();
    expect(claimReviewJsonLd(box, { organization: undefined } as never, page)).not.toHaveProperty('author');
  });
});
