import { startPlayground, type TestApp } from '../helpers/strapi';
import { adminToken, apiToken } from '../helpers/auth';
import { stableJson } from '../helpers/snapshot';
import { ARTICLE_UID, BOX_UID, boxData, createArticle, createBox, createReporter } from '../helpers/newsroom';

describe('key-facts boxes', () => {
  let app: TestApp;
  let reporter: string;

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
    reporter = await createReporter(app, 'Box Tester');
  });
  afterAll(async () => {
    await app?.stop();
  });

  const snapshot = async () =>
    stableJson(await app.strapi.db.query(BOX_UID).findMany({ orderBy: { id: 'asc' }, populate: { facts: { populate: { sources: true } }, rating: true } }));

  describe('validation on every way in', () => {
    const fact = (extra: Record<string, unknown> = {}) => ({ text: 'A fact.', sources: [{ name: 'Src', url: 'https://example.org' }], ...extra });
    const manyFacts = (n: number) => Array.from({ length: n }, (_, i) => fact({ text: `Fact ${i}` }));
    const bad: Array<[string, string, Record<string, unknown>]> = [
      ['no facts', 'facts', { facts: [] }],
      ['21 facts', 'facts', { facts: manyFacts(21) }],
      ['a fact over 400 characters', 'facts[1].text', { facts: [fact(), fact({ text: 'x'.repeat(401) })] }],
      ['markup in a fact', 'facts[0].text', { facts: [fact({ text: 'Hello <b onclick="x()">bold</b>' })] }],
      ['an empty fact', 'facts[0].text', { facts: [fact({ text: '   ' })] }],
      [
        'a javascript: source URL',
        'facts[3].sources[0].url',
        { facts: [fact(), fact(), fact(), fact({ sources: [{ name: 'X', url: 'javascript:alert(1)' }] })] },
      ],
      ['a source without a name', 'facts[0].sources[0].name', { facts: [fact({ sources: [{ name: '', url: 'https://example.org' }] })] }],
      ['an impossible date', 'facts[0].date', { facts: [fact({ date: '2026-02-30' })] }],
      ['a malformed date', 'facts[0].date', { facts: [fact({ date: '12/01/2026' })] }],
      ['a verification date in the future', 'lastVerifiedAt', { lastVerifiedAt: '2099-01-01T00:00:00.000Z' }],
      ['an unknown kind', 'kind', { kind: 'rumour' }],
      ['an empty title', 'title', { title: '' }],
      ['a fact-check box without its claim', 'claimReviewed', { kind: 'fact-check', rating: { value: 1, label: 'False' } }],
      ['a fact-check box without its rating', 'rating', { kind: 'fact-check', claimReviewed: 'The claim' }],
      ['a rating of 6', 'rating.value', { kind: 'fact-check', claimReviewed: 'The claim', rating: { value: 6, label: 'Huh' } }],
    ];

    it.each(bad)('the Document Service refuses %s, naming %s, storing nothing', async (_label, path, values) => {
      const before = await snapshot();
      await expect(app.strapi.documents(BOX_UID as never).create({ locale: 'en', data: boxData('Bad box', values) } as never)).rejects.toMatchObject({
        name: 'ValidationError',
        message: expect.stringContaining(`${path}:`),
      });
      expect(await snapshot()).toBe(before);
    });

    it.each(bad)('the content API refuses %s with a 400 naming %s, storing nothing', async (_label, path, values) => {
      const token = await apiToken(app, 'full-access');
      const before = await snapshot();
      const res = await app
        .http()
        .post('/api/newsroom/key-facts-boxes')
        .set('Authorization', `Bearer ${token}`)
        .send({ data: boxData('Bad box', values) });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(`${path}:`);
      expect(await snapshot()).toBe(before);
    });

    it.each(bad)('the admin refuses to update with %s, naming %s, changing nothing', async (_label, path, values) => {
      const token = await adminToken(app);
      const documentId = await createBox(app, 'Admin box');
      const before = await snapshot();
      const res = await app
        .http()
        .put(`/content-manager/collection-types/${BOX_UID}/${documentId}?locale=en`)
        .set('Authorization', `Bearer ${token}`)
        .send(boxData('Admin box', values));
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors.map((e: { message: string }) => e.message)).toContainEqual(expect.stringContaining(`${path}:`));
      expect(await snapshot()).toBe(before);
    });

    it('accepts 20 facts, a fact-check box with claim and rating, and edits in the facts order', async () => {
      const documents = app.strapi.documents(BOX_UID as never);
      const twenty = (await documents.create({ locale: 'en', data: boxData('Twenty', { facts: manyFacts(20) }) } as never)) as any;
      const stored = (await documents.findOne({ documentId: twenty.documentId, locale: 'en', populate: { facts: true } } as never)) as any;
      expect(stored.facts.map((f: any) => f.text)).toEqual(manyFacts(20).map((f) => f.text));
      await documents.create({
        locale: 'en',
        data: boxData('Check', { kind: 'fact-check', claimReviewed: 'A claim', claimAuthor: 'Someone', rating: { value: 2, label: 'Mostly false' } }),
      } as never);
    });
  });

  describe('reuse', () => {
    it('one box attached to two articles lists both, and an edit shows in both', async () => {
      const box = await createBox(app, 'Shared box');
      const first = await createArticle(app, 'First user', [{ reporter, role: 'author' }], { keyFacts: [box] });
      const second = await createArticle(app, 'Second user', [{ reporter, role: 'author' }], { keyFacts: [box] });
      await createArticle(app, 'Draft user', [{ reporter, role: 'author' }], { keyFacts: [box], draft: true });

      const res = await app.http().get(`/api/newsroom/key-facts/${box}`).expect(200);
      expect(res.body.data.articles.map((a: any) => a.title).sort()).toEqual(['First user', 'Second user']);
      expect(res.body.data.articles[0].url).toMatch(/^https:\/\/newsroom\.example\.org\/en\/articles\//);
      const uk = await app.http().get(`/api/newsroom/key-facts/${box}?locale=uk`).expect(200);
      expect(uk.body.data.title).toBe('Shared box (uk)');
      expect(uk.body.data.articles.map((a: any) => a.title).sort()).toEqual(['First user (uk)', 'Second user (uk)']);

      const documents = app.strapi.documents(BOX_UID as never);
      await documents.update({
        documentId: box,
        locale: 'en',
        data: { facts: [{ text: 'Corrected fact.', sources: [{ name: 'Ministry', url: 'https://example.gov' }] }] },
      } as never);
      await documents.publish({ documentId: box, locale: 'en' } as never);
      for (const article of [first, second]) {
        const byline = await app.http().get(`/api/newsroom/bylines/articles/${article}`).expect(200);
        expect(byline.body.data.keyFacts.map((b: any) => b.facts.map((f: any) => f.text))).toEqual([['Corrected fact.']]);
        const rest = await app.http().get(`/api/articles/${article}?populate[keyFacts][populate][facts][populate]=sources&locale=en`).expect(200);
        expect(rest.body.data.keyFacts[0].facts[0]).toMatchObject({ text: 'Corrected fact.', sources: [{ name: 'Ministry', url: 'https://example.gov' }] });
      }
    });

    it('keeps the order of attached boxes', async () => {
      const [a, b, c] = [await createBox(app, 'Box A'), await createBox(app, 'Box B'), await createBox(app, 'Box C')];
      const article = await createArticle(app, 'Three boxes', [{ reporter, role: 'author' }], { keyFacts: [c, a, b] });
      const res = await app.http().get(`/api/newsroom/bylines/articles/${article}`).expect(200);
      expect(res.body.data.keyFacts.map((box: any) => box.title)).toEqual(['Box C', 'Box A', 'Box B']);
      const rest = await app.http().get(`/api/articles/${article}?populate=keyFacts&locale=en`).expect(200);
      expect(rest.body.data.keyFacts.map((box: any) => box.title)).toEqual(['Box C', 'Box A', 'Box B']);
    });

    it('tells stale boxes from fresh ones by lastVerifiedAt', async () => {
      const days = (n: number) => new Date(Date.now() - n * 24 * 3600 * 1000).toISOString();
      const fresh = await createBox(app, 'Fresh box', { lastVerifiedAt: days(29) });
      const stale = await createBox(app, 'Stale box', { lastVerifiedAt: days(31) });
      const never = await createBox(app, 'Never verified', { lastVerifiedAt: null });
      const get = async (id: string) => (await app.http().get(`/api/newsroom/key-facts/${id}`).expect(200)).body.data;
      expect(await get(fresh)).toMatchObject({ stale: false, lastVerifiedAt: expect.any(String) });
      expect(await get(stale)).toMatchObject({ stale: true });
      expect(await get(never)).toMatchObject({ stale: true, lastVerifiedAt: null });

      // Verifying again makes it fresh.
      const documents = app.strapi.documents(BOX_UID as never);
      await documents.update({ documentId: stale, locale: 'en', data: { lastVerifiedAt: new Date().toISOString() } } as never);
      await documents.publish({ documentId: stale, locale: '*' } as never);
      expect(await get(stale)).toMatchObject({ stale: false });
    });

    it('answers 404 for drafts and unknown boxes, 400 for an unknown locale', async () => {
      const draft = (await app.strapi.documents(BOX_UID as never).create({ locale: 'en', data: boxData('Draft box') } as never)) as any;
      await app.http().get(`/api/newsroom/key-facts/${draft.documentId}`).expect(404);
      await app.http().get('/api/newsroom/key-facts/nosuchbox').expect(404);
      const res = await app.http().get(`/api/newsroom/key-facts/${draft.documentId}?locale=xx`).expect(400);
      expect(res.body.error.message).toContain('locale');
    });
  });

  describe('the seeded fact-check box', () => {
    it("yields a ClaimReview with Google's required and recommended properties", async () => {
      const [box] = (await app.strapi.db.query(BOX_UID).findMany({ where: { kind: 'fact-check', locale: 'en', publishedAt: { $notNull: true } } })) as any[];
      const res = await app.http().get(`/api/newsroom/key-facts/${box.documentId}`).expect(200);
      const { data } = res.body;
      expect(data.articles.length).toBeGreaterThan(0);
      expect(data.jsonLd).toHaveLength(data.articles.length);
      const review = data.jsonLd[0];
      // Required (Google): claimReviewed, reviewRating (with alternateName), url.
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(typeof review.claimReviewed).toBe('string');
      expect(review.claimReviewed.length).toBeGreaterThan(10);
      expect(review.url).toBe(data.articles[0].url);
      expect(new URL(review.url).protocol).toBe('https:');
      expect(review.reviewRating).toMatchObject({
        '@type': 'Rating',
        alternateName: expect.any(String),
        ratingValue: expect.any(Number),
        bestRating: 5,
        worstRating: 1,
      });
      expect(review.reviewRating.ratingValue).toBeGreaterThanOrEqual(1);
      expect(review.reviewRating.ratingValue).toBeLessThanOrEqual(5);
      // Recommended: author (the fact-checking organization), datePublished, itemReviewed with the claim's author.
      expect(review.author).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'The Kyiv Ledger', url: 'https://newsroom.example.org' });
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.itemReviewed).toMatchObject({ '@type': 'Claim', author: { name: expect.any(String) } });

      // The article carrying it gives the same ClaimReview in its bylines.
      const byline = await app.http().get(`/api/newsroom/bylines/articles/${data.articles[0].documentId}`).expect(200);
      const carried = byline.body.data.keyFacts.find((b: any) => b.kind === 'fact-check');
      expect(carried.jsonLd).toEqual(review);
    });

    it('the Zelensky article carries its sourced key-facts box in both locales', async () => {
      const [article] = (await app.strapi.db
        .query(ARTICLE_UID)
        .findMany({ where: { slug: { $startsWith: 'zelensky' }, locale: 'en', publishedAt: { $notNull: true } } })) as any[];
      for (const locale of ['en', 'uk']) {
        const res = await app.http().get(`/api/newsroom/bylines/articles/${article.documentId}?locale=${locale}`).expect(200);
        const [keyFacts] = res.body.data.keyFacts;
        expect(keyFacts.kind).toBe('key-facts');
        expect(keyFacts.facts.length).toBeGreaterThanOrEqual(4);
        for (const f of keyFacts.facts) expect(f.sources.length).toBeGreaterThan(0);
        expect(res.body.data.keyFacts.map((b: any) => b.kind)).toContain('timeline');
      }
    });
  });
});
