import { parseConfig } from '../../server/src/config/schema';
import { absoluteUrl, profileUrl, toPublicProfile, toPublicProfileDetail, withheldText } from '../../server/src/domain/public-profile';
import { articleCreditsJsonLd, organizationJsonLd, personJsonLd, profilePageJsonLd, type CreditForJsonLd } from '../../server/src/domain/json-ld';

const config = parseConfig({
  profileUrl: 'https://example.org/reporters/{slug}',
  organization: { name: 'Example News', url: 'https://example.org', logo: 'https://example.org/logo.png' },
});

const entity = {
  id: 3,
  documentId: 'tim1',
  locale: 'en',
  fullName: 'Tim Zadorozhnyy',
  slug: 'tim-zadorozhnyy',
  bylineMode: 'named',
  staffStatus: 'active',
  jobTitle: 'Kyiv correspondent',
  shortBio: 'Covers the front line.',
  bio: [{ type: 'paragraph', children: [{ type: 'text', text: 'Long bio' }] }],
  photo: {
    url: '/uploads/tim.jpg',
    alternativeText: 'file alt',
    width: 800,
    height: 600,
    formats: { thumbnail: { url: '/uploads/thumb_tim.jpg', width: 156, height: 117 } },
  },
  photoAlt: 'Tim in Kyiv',
  pronouns: 'he/him',
  basedIn: 'Kyiv',
  languages: ['uk', 'en', 5],
  beats: ['Front line'],
  sameAs: ['https://www.wikidata.org/wiki/Q1'],
  socialLinks: [
    { id: 1, network: 'telegram', url: 'https://t.me/tim' },
    { id: 2, network: 'wikidata', url: 'https://www.wikidata.org/wiki/Q1' },
  ],
  publicEmail: '',
  // Private: never public.
  internalNotes: 'Lives at …',
  adminUser: { id: 9, email: 'tim@newsroom.local' },
  withheldIdentity: { fullName: 'Someone' },
};

// The identity of a withheld reporter, which must never surface.
const secret = {
  ...entity,
  documentId: 'sec1',
  fullName: 'Maryna Kravets',
  slug: 'maryna-kravets',
  bylineMode: 'withheld',
  jobTitle: 'Melitopol stringer',
  sameAs: ['https://t.me/maryna'],
  socialLinks: [],
};
const SECRET_WORDS = ['Maryna', 'Kravets', 'maryna-kravets', 'Melitopol', 't.me/maryna', 'sec1'];

describe('the public profile of a reporter', () => {
  it('keeps public fields only, with absolute media URLs and the profile URL', () => {
    const profile = toPublicProfileDetail(entity, config, 'https://cms.example.org')!;
    expect(profile).toMatchObject({
      documentId: 'tim1',
      fullName: 'Tim Zadorozhnyy',
      url: 'https://example.org/reporters/tim-zadorozhnyy',
      status: 'active',
      bylineMode: 'named',
      noindex: false,
      languages: ['uk', 'en'],
      socialLinks: [
        { network: 'telegram', url: 'https://t.me/tim' },
        { network: 'wikidata', url: 'https://www.wikidata.org/wiki/Q1' },
      ],
      publicEmail: null,
      bio: entity.bio,
      photo: {
        url: 'https://cms.example.org/uploads/tim.jpg',
        alternativeText: 'Tim in Kyiv',
        width: 800,
        height: 600,
        formats: { thumbnail: { url: 'https://cms.example.org/uploads/thumb_tim.jpg', width: 156, height: 117 } },
      },
    });
    const text = JSON.stringify(profile);
    for (const word of ['internalNotes', 'Lives at', 'adminUser', 'tim@newsroom.local', 'withheldIdentity', 'Someone']) expect(text).not.toContain(word);
  });

  it('is nothing for a withheld reporter', () => {
    expect(toPublicProfile(secret, config)).toBeNull();
    expect(toPublicProfileDetail(secret, config)).toBeNull();
  });

  it('reads alumni, pseudonyms and a missing photo', () => {
    const profile = toPublicProfile({ ...entity, staffStatus: 'alumni', bylineMode: 'pseudonym', photo: null }, config)!;
    expect(profile).toMatchObject({ status: 'alumni', bylineMode: 'pseudonym', photo: null });
  });

  it('encodes the slug into the profile URL, and has none without a template', () => {
    expect(profileUrl(config, 'a b/c')).toBe('https://example.org/reporters/a%20b%2Fc');
    expect(profileUrl(parseConfig({}), 'tim')).toBeNull();
  });

  it('makes site-relative media URLs absolute and leaves absolute ones', () => {
    expect(absoluteUrl('/uploads/a.jpg', 'https://cms.example.org/base')).toBe('https://cms.example.org/uploads/a.jpg');
    expect(absoluteUrl('uploads/a.jpg', 'https://cms.example.org/base')).toBe('https://cms.example.org/base/uploads/a.jpg');
    expect(absoluteUrl('HTTPS://cdn.example.org/a.jpg', 'https://cms.example.org')).toBe('HTTPS://cdn.example.org/a.jpg');
    expect(absoluteUrl('/uploads/a.jpg', undefined)).toBe('/uploads/a.jpg');
  });

  it('shows the withheld text for the locale, its language, else English', () => {
    const texts = { en: 'Staff reporter', uk: 'Штатний кореспондент' };
    expect(withheldText(texts, 'uk')).toBe('Штатний кореспондент');
    expect(withheldText(texts, 'uk-UA')).toBe('Штатний кореспондент');
    expect(withheldText(texts, 'fr')).toBe('Staff reporter');
    expect(withheldText(texts, null)).toBe('Staff reporter');
  });
});

describe('JSON-LD', () => {
  const tim = toPublicProfileDetail(entity, config, 'https://cms.example.org')!;

  it('describes a reporter page as a ProfilePage whose mainEntity is the Person', () => {
    const page = profilePageJsonLd(tim, config, { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: null });
    expect(page).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'https://example.org/reporters/tim-zadorozhnyy',
      dateCreated: '2026-01-01T00:00:00.000Z',
      inLanguage: 'en',
      mainEntity: {
        '@type': 'Person',
        name: 'Tim Zadorozhnyy',
        url: 'https://example.org/reporters/tim-zadorozhnyy',
        jobTitle: 'Kyiv correspondent',
        description: 'Covers the front line.',
        image: { '@type': 'ImageObject', url: 'https://cms.example.org/uploads/tim.jpg', caption: 'Tim in Kyiv', width: 800, height: 600 },
        // sameAs and social links, each URL once.
        sameAs: ['https://www.wikidata.org/wiki/Q1', 'https://t.me/tim'],
        knowsAbout: ['Front line'],
        knowsLanguage: ['uk', 'en'],
        homeLocation: { '@type': 'Place', name: 'Kyiv' },
        worksFor: {
          '@type': 'NewsMediaOrganization',
          name: 'Example News',
          url: 'https://example.org',
          logo: { '@type': 'ImageObject', url: 'https://example.org/logo.png' },
        },
      },
    });
  });

  it('leaves out empty values and, for an alumnus, worksFor', () => {
    const bare = toPublicProfile(
      { documentId: 'b', fullName: 'Bare', slug: 'bare', bylineMode: 'named', staffStatus: 'alumni', jobTitle: '' },
      parseConfig({})
    )!;
    expect(personJsonLd(bare, config)).toEqual({ '@type': 'Person', name: 'Bare' });
  });

  it('names the organization only when the site configured one', () => {
    expect(organizationJsonLd(null)).toBeUndefined();
    expect(organizationJsonLd({ name: 'Example News' } as never)).toEqual({ '@type': 'NewsMediaOrganization', name: 'Example News' });
  });

  it('lists an article’s credits by schema.org property, in byline order, each person once per property', () => {
    const a = toPublicProfile({ ...entity, documentId: 'a', fullName: 'A', slug: 'a', sameAs: [], socialLinks: [], photo: null }, config)!;
    const b = toPublicProfile({ ...entity, documentId: 'b', fullName: 'B', slug: 'b', sameAs: [], socialLinks: [], photo: null }, config)!;
    const credits: CreditForJsonLd[] = [
      { role: 'photographer', withheld: false, profile: a },
      { role: 'author', withheld: false, profile: b },
      { role: 'author', withheld: false, profile: a },
      { role: 'author', withheld: false, profile: b },
      { role: 'translator', withheld: false, profile: b },
      { role: 'fact-checker', withheld: false, profile: b },
    ];
    const ld = articleCreditsJsonLd(credits, config) as Record<string, { name: string }[]>;
    expect(Object.keys(ld).sort()).toEqual(['author', 'contributor', 'translator']);
    expect(ld.author.map((p) => p.name)).toEqual(['B', 'A']);
    expect(ld.contributor.map((p) => p.name)).toEqual(['A', 'B']);
    expect(ld.translator.map((p) => p.name)).toEqual(['B']);
    expect(ld.author[0]).toEqual({ '@type': 'Person', name: 'B', url: 'https://example.org/reporters/b', jobTitle: 'Kyiv correspondent' });
    expect(articleCreditsJsonLd([], config)).toEqual({ author: [] });
  });

  it('never names a withheld reporter: the organization stands in, once', () => {
    const credits: CreditForJsonLd[] = [
      { role: 'author', withheld: true, withheldText: 'Staff reporter' },
      { role: 'author', withheld: false, profile: tim },
      { role: 'author', withheld: true, withheldText: 'Staff reporter' },
      { role: 'editor', withheld: true, withheldText: 'Staff reporter' },
    ];
    const ld = articleCreditsJsonLd(credits, config) as Record<string, Record<string, unknown>[]>;
    expect(ld.author).toEqual([organizationJsonLd(config.organization), expect.objectContaining({ name: 'Tim Zadorozhnyy' })]);
    expect(ld.editor).toEqual([organizationJsonLd(config.organization)]);
    // Without a configured organization, the withheld text.
    const bare = articleCreditsJsonLd(credits.slice(0, 1), parseConfig({}));
    expect(bare).toEqual({ author: [{ '@type': 'Organization', name: 'Staff reporter' }] });
  });

  it('has no trace of a withheld identity anywhere public', () => {
    const shown = [
      toPublicProfile(secret, config),
      toPublicProfileDetail(secret, config),
      articleCreditsJsonLd([{ role: 'author', withheld: true, withheldText: withheldText(config.withheldBylineText, 'en') }], config),
    ];
    const text = JSON.stringify(shown);
    for (const word of SECRET_WORDS) expect(text).not.toContain(word);
  });
});
