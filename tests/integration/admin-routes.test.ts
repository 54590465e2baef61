import { startPlayground, type TestApp } from '../helpers/strapi';
import { adminToken } from '../helpers/auth';

const REPORTER_UID = 'plugin::newsroom.reporter-profile';
const ARTICLE_UID = 'api::article.article';
const ZELENSKY = 'zelensky-orders-final-review-of-us-security-guarantees';

describe('the admin routes behind the Byline and Key facts panels and the Newsroom page', () => {
  let app: TestApp;
  let token: string;
  const get = (url: string, as = token) => app.http().get(`/newsroom${url}`).set('Authorization', `Bearer ${as}`);
  const post = (url: string, body: object, as = token) => app.http().post(`/newsroom${url}`).set('Authorization', `Bearer ${as}`).send(body);
  const put = (url: string, body: object, as = token) => app.http().put(`/newsroom${url}`).set('Authorization', `Bearer ${as}`).send(body);

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
    token = await adminToken(app);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers only a logged-in admin with the plugin actions', async () => {
    await app.http().get('/newsroom/reporters/search?search=tim').expect(401);
    await app.strapi.service('admin::role').create({ name: 'No newsroom', code: 'no-newsroom', description: 'no plugin actions' });
    const outsider = await adminToken(app, 'no-newsroom');
    await get('/reporters/search?search=tim', outsider).expect(403);
    await get('/settings', outsider).expect(403);
    // The demo Author may use the panels but not the Newsroom page or merging.
    const author = await adminToken(app, 'strapi-author');
    await get('/reporters/search?search=tim', author).expect(200);
    await get('/reporters/directory', author).expect(403);
    await post('/reporters/merge', { sourceDocumentId: 'a1', targetDocumentId: 'b2' }, author).expect(403);
  });

  it('gives the admin the config it needs', async () => {
    const res = await get('/settings').expect(200);
    expect(res.body.data).toEqual({
      creditRoles: ['author', 'contributor', 'photographer', 'editor', 'translator', 'fact-checker'],
      staleFactsAfterDays: 30,
      contentTypes: [ARTICLE_UID],
      withheldBylineText: { en: 'Staff reporter', uk: 'Штатний кореспондент' },
    });
  });

  describe('reporter typeahead', () => {
    it('finds by any part of the folded name, drafts included, paged', async () => {
      await app.strapi.documents(REPORTER_UID as never).create({ locale: 'en', data: { fullName: 'Zoryana Ćwik' } } as never);
      const res = await get('/reporters/search?search=CWIK&locale=en').expect(200);
      expect(res.body.data).toEqual([expect.objectContaining({ fullName: 'Zoryana Ćwik', published: false, locale: 'en', missing: ['photo', 'bio'] })]);
      const tim = (await get('/reporters/search?search=zador').expect(200)).body.data;
      expect(tim).toEqual([expect.objectContaining({ fullName: 'Tim Zadorozhnyy', published: true, missing: [] })]);
      expect(tim[0].photoUrl).toMatch(/^\/uploads\//);
      const page = (await get('/reporters/search?pageSize=3&page=2').expect(200)).body;
      expect(page.data).toHaveLength(3);
      expect(page.pagination).toMatchObject({ page: 2, pageSize: 3 });
    });

    it('rejects bad queries with a 400 naming the field', async () => {
      const res = await get('/reporters/search?pageSize=lots').expect(400);
      expect(res.body.error.message).toMatch(/^pageSize: must be a whole number/);
      expect((await get('/reporters/search?locale=fr').expect(400)).body.error.message).toMatch(/^locale: /);
      expect((await get('/reporters/search?sort=name').expect(400)).body.error.message).toMatch(/^sort: is not an accepted field/);
    });
  });

  describe('quick-create of a reporter', () => {
    it('creates and publishes a profile from a name and job title', async () => {
      const res = await post('/reporters', { fullName: 'Nadiya Ostapenko', jobTitle: 'Stringer, Kherson', locale: 'uk' }).expect(201);
      expect(res.body.data).toMatchObject({
        fullName: 'Nadiya Ostapenko',
        jobTitle: 'Stringer, Kherson',
        slug: 'nadiya-ostapenko',
        locale: 'uk',
        published: true,
      });
      const stored = await app.strapi
        .documents(REPORTER_UID as never)
        .findOne({ documentId: res.body.data.documentId, locale: 'uk', status: 'published' } as never);
      expect(stored).toMatchObject({ fullName: 'Nadiya Ostapenko' });
    });

    it('keeps a draft when asked', async () => {
      const res = await post('/reporters', { fullName: 'Draft Person', publish: false }).expect(201);
      expect(res.body.data).toMatchObject({ published: false, locale: 'en' });
    });

    it('rejects a missing or marked-up name with a 400 naming the field', async () => {
      expect((await post('/reporters', { jobTitle: 'x' }).expect(400)).body.error.message).toMatch(/^fullName: /);
      expect((await post('/reporters', { fullName: '<b>Bold</b>' }).expect(400)).body.error.message).toMatch(/^fullName: must be plain text/);
      expect((await post('/reporters', { fullName: 'A', photo: 1 }).expect(400)).body.error.message).toMatch(/^photo: is not an accepted field/);
    });
  });

  it('reads the stored credits and boxes of an entry for the panels', async () => {
    const article = (await app.strapi.documents(ARTICLE_UID as never).findFirst({ locale: 'en', filters: { slug: ZELENSKY } } as never)) as {
      documentId: string;
    };
    const res = await get(`/entries/${ARTICLE_UID}/${article.documentId}?locale=en`).expect(200);
    expect(res.body.data.credits).toEqual([{ id: expect.any(Number), reporter: expect.objectContaining({ fullName: 'Tim Zadorozhnyy' }) }]);
    await get(`/entries/api::nothing.nothing/${article.documentId}`).expect(404);
  });

  it('hides the raw credits and keyFacts fields from the edit layout, keeping them in the schema', async () => {
    const res = await app.http().get(`/content-manager/content-types/${ARTICLE_UID}/configuration`).set('Authorization', `Bearer ${token}`).expect(200);
    const fields = res.body.data.contentType.layouts.edit.flat().map((field: { name: string }) => field.name);
    expect(fields).toEqual(expect.arrayContaining(['title', 'body']));
    expect(fields).not.toEqual(expect.arrayContaining(['credits']));
    expect(fields).not.toEqual(expect.arrayContaining(['keyFacts']));
    expect(res.body.data.contentType.metadatas.credits.edit.visible).toBe(false);
  });

  describe('the reporters directory', () => {
    it('counts articles, rates completeness and finds likely duplicates', async () => {
      await app.strapi.documents(REPORTER_UID as never).create({ locale: 'en', data: { fullName: 'Tim Zadorozhnyy' } } as never);
      const res = await get('/reporters/directory?search=zadorozhnyy&locale=en').expect(200);
      expect(res.body.data).toHaveLength(2);
      const [first, second] = res.body.data;
      const original = first.slug === 'tim-zadorozhnyy' ? first : second;
      const copy = original === first ? second : first;
      expect(original.articleCount).toBeGreaterThan(0);
      expect(copy).toMatchObject({ slug: 'tim-zadorozhnyy-2', articleCount: 0, published: false });
      expect(copy.completeness).toBeLessThan(original.completeness);
      expect(original.duplicates).toEqual([expect.objectContaining({ documentId: copy.documentId })]);
      expect(copy.duplicates).toEqual([expect.objectContaining({ documentId: original.documentId })]);
    });

    it('filters by beat, language and status, and lists the facets', async () => {
      const facets = (await get('/reporters/facets?locale=en').expect(200)).body.data;
      expect(facets.languages).toEqual(expect.arrayContaining(['uk', 'en']));
      const beat = facets.beats[0];
      const byBeat = (await get(`/reporters/directory?beat=${encodeURIComponent(beat)}`).expect(200)).body.data;
      expect(byBeat.length).toBeGreaterThan(0);
      expect(byBeat.every((r: { beats: string[] }) => r.beats.includes(beat))).toBe(true);
      const alumni = (await get('/reporters/directory?status=alumni').expect(200)).body.data;
      expect(alumni.every((r: { staffStatus: string }) => r.staffStatus === 'alumni')).toBe(true);
      expect((await get('/reporters/directory?status=retired').expect(400)).body.error.message).toMatch(/^status: must be one of active, alumni/);
      expect((await get('/reporters/directory?language=not a tag').expect(400)).body.error.message).toMatch(/^language: /);
    });

    it('merges a duplicate into the original, moving its credits', async () => {
      const rows = (await get('/reporters/directory?search=zadorozhnyy').expect(200)).body.data;
      const original = rows.find((r: { slug: string }) => r.slug === 'tim-zadorozhnyy');
      const copy = rows.find((r: { slug: string }) => r.slug === 'tim-zadorozhnyy-2');
      expect((await post('/reporters/merge', { sourceDocumentId: copy.documentId, targetDocumentId: copy.documentId }).expect(400)).body.error.message).toMatch(
        /^targetDocumentId: /
      );
      expect((await post('/reporters/merge', { sourceDocumentId: copy.documentId }).expect(400)).body.error.message).toMatch(/^targetDocumentId: /);
      await post('/reporters/merge', { sourceDocumentId: copy.documentId, targetDocumentId: original.documentId }).expect(200);
      // The merged copy is archived: gone from the directory and the typeahead, no duplicate left.
      const after = (await get('/reporters/directory?search=zadorozhnyy').expect(200)).body.data;
      expect(after).toEqual([expect.objectContaining({ slug: 'tim-zadorozhnyy', articleCount: original.articleCount, duplicates: [] })]);
      expect((await get('/reporters/search?search=zadorozhnyy').expect(200)).body.data).toHaveLength(1);
    });
  });

  describe('key-facts boxes', () => {
    const box = {
      title: 'What we know about the guarantees',
      kind: 'key-facts',
      facts: [
        { text: 'Three documents are under review.', sources: [{ name: 'Office of the President', url: 'https://www.president.gov.ua/en' }] },
        { text: 'Allied leaders met in Paris.', label: 'Paris', date: '2026-01-06' },
      ],
    };

    it('creates, publishes, finds, updates and lists a box with where it is used', async () => {
      const created = (await post('/key-facts-boxes', { locale: 'en', verified: true, data: box }).expect(201)).body.data;
      expect(created).toMatchObject({ title: box.title, published: true, stale: false, usedBy: [] });
      expect(created.facts.map((f: { text: string }) => f.text)).toEqual(box.facts.map((f) => f.text));
      expect(created.facts[0].sources).toEqual(box.facts[0].sources);

      const found = (await get('/key-facts-boxes/search?search=GUARANTEES&locale=en').expect(200)).body.data;
      expect(found.map((b: { documentId: string }) => b.documentId)).toContain(created.documentId);

      const article = (await app.strapi.documents(ARTICLE_UID as never).findFirst({ locale: 'en', filters: { slug: ZELENSKY } } as never)) as {
        documentId: string;
      };
      await app.strapi
        .documents(ARTICLE_UID as never)
        .update({ documentId: article.documentId, locale: 'en', data: { keyFacts: [created.documentId] } } as never);
      const used = (await get(`/key-facts-boxes/${created.documentId}?locale=en`).expect(200)).body.data;
      expect(used.usedBy).toEqual([expect.objectContaining({ documentId: article.documentId, title: expect.stringMatching(/^Zelensky orders/) })]);

      const updated = (await put(`/key-facts-boxes/${created.documentId}`, { locale: 'en', data: { ...box, title: 'Guarantees: the facts' } }).expect(200)).body
        .data;
      expect(updated.title).toBe('Guarantees: the facts');

      const library = (await get('/key-facts-boxes/library?locale=en&pageSize=100').expect(200)).body.data;
      expect(library.find((b: { documentId: string }) => b.documentId === created.documentId)).toMatchObject({ usageCount: 1, stale: false });
    });

    it('lists stale boxes first', async () => {
      const old = (await post('/key-facts-boxes', { locale: 'en', data: { ...box, title: 'An old box' } }).expect(201)).body.data;
      await app.strapi.db
        .query('plugin::newsroom.key-facts-box')
        .updateMany({ where: { documentId: old.documentId }, data: { lastVerifiedAt: new Date('2020-01-01') } });
      const library = (await get('/key-facts-boxes/library?locale=en&stale=true').expect(200)).body.data;
      expect(library.length).toBeGreaterThan(0);
      expect(library.every((b: { stale: boolean }) => b.stale)).toBe(true);
      expect(library.map((b: { documentId: string }) => b.documentId)).toContain(old.documentId);
    });

    it('rejects a bad box with a 400 naming the field', async () => {
      expect((await post('/key-facts-boxes', { locale: 'en', data: { ...box, facts: 'many' } }).expect(400)).body.error.message).toMatch(/^data\.facts: /);
      const tooLong = { ...box, facts: [{ text: 'x'.repeat(401) }] };
      expect((await post('/key-facts-boxes', { locale: 'en', data: tooLong }).expect(400)).body.error.message).toMatch(/facts\[0\]\.text/);
    });
  });
});
