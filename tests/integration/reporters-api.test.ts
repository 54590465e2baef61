import { startPlayground, type TestApp } from '../helpers/strapi';
import { expectNoLeaks } from '../helpers/leaks';
import { seedArticles, seedReporters, withheldReporter } from '../helpers/seed';

const UID = 'plugin::newsroom.reporter-profile';

describe('the public reporter API on the seeded newsroom', () => {
  let app: TestApp;
  const get = (url: string) => app.http().get(url);

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  describe('GET /api/newsroom/reporters', () => {
    it('lists published profiles by name, without the withheld one, with pagination', async () => {
      const res = await get('/api/newsroom/reporters?pageSize=100').expect(200);
      const expected = seedReporters
        .filter((r) => r.bylineMode !== 'withheld')
        .map((r) => r.fullName)
        .sort((a, b) => a.localeCompare(b));
      expect(res.body.data.map((r: { fullName: string }) => r.fullName)).toEqual(expected);
      expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 100, pageCount: 1, total: expected.length });
      expectNoLeaks(res.body, 'list');
    });

    it('pages in the database order', async () => {
      const all = (await get('/api/newsroom/reporters?pageSize=100').expect(200)).body.data.map((r: { slug: string }) => r.slug);
      const second = (await get('/api/newsroom/reporters?pageSize=5&page=2').expect(200)).body;
      expect(second.data.map((r: { slug: string }) => r.slug)).toEqual(all.slice(5, 10));
      expect(second.meta.pagination).toMatchObject({ page: 2, pageSize: 5, total: all.length });
    });

    it('searches by any part of the name, ignoring case', async () => {
      const res = await get('/api/newsroom/reporters?search=ZADOR').expect(200);
      expect(res.body.data.map((r: { slug: string }) => r.slug)).toEqual(['tim-zadorozhnyy']);
    });

    it('never finds the withheld reporter by name', async () => {
      const res = await get(`/api/newsroom/reporters?search=${encodeURIComponent(withheldReporter.fullName)}`).expect(200);
      expect(res.body.data).toEqual([]);
      expect(res.body.meta.pagination.total).toBe(0);
    });

    it('filters by beat, language and status', async () => {
      const byBeat = await get('/api/newsroom/reporters?beat=foreign%20policy').expect(200);
      expect(byBeat.body.data.map((r: { slug: string }) => r.slug)).toContain('tim-zadorozhnyy');
      expect(byBeat.body.data.every((r: { beats: string[] }) => r.beats.map((b) => b.toLowerCase()).includes('foreign policy'))).toBe(true);

      const byLanguage = await get('/api/newsroom/reporters?language=ru&pageSize=100').expect(200);
      const russianSpeakers = seedReporters.filter((r: any) => r.bylineMode !== 'withheld' && r.languages.includes('ru')).map((r) => r.slug);
      expect(byLanguage.body.data.map((r: { slug: string }) => r.slug).sort()).toEqual(russianSpeakers.sort());

      const alumni = await get('/api/newsroom/reporters?status=alumni').expect(200);
      const expectedAlumni = seedReporters.filter((r) => r.status === 'alumni').map((r) => r.slug);
      expect(alumni.body.data.map((r: { slug: string }) => r.slug)).toEqual(expectedAlumni);
      expect(alumni.body.data[0].status).toBe('alumni');
    });

    it('answers in the locale asked for', async () => {
      const res = await get('/api/newsroom/reporters?locale=uk&search=zadorozhnyy').expect(200);
      expect(res.body.data[0]).toMatchObject({ locale: 'uk', jobTitle: 'Кореспондент' });
    });

    it.each([
      ['pageSize=1000', 'pageSize'],
      ['page=0', 'page'],
      ['page=abc', 'page'],
      ['language=english_UK', 'language'],
      ['status=retired', 'status'],
      ['locale=fr', 'locale'],
      ['sort=fullName', 'sort'],
      ['filters[internalNotes][$contains]=a', 'filters'],
    ])('answers 400 naming the parameter for %s', async (query, field) => {
      const res = await get(`/api/newsroom/reporters?${query}`).expect(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(field);
      expect(res.body.error.message).toContain(field);
    });
  });

  describe('GET /api/newsroom/reporters/:slug', () => {
    it("gives the profile and the reporter's published articles, newest first by the editorial date, with roles", async () => {
      const res = await get('/api/newsroom/reporters/tim-zadorozhnyy?locale=en').expect(200);
      const { data } = res.body;
      expect(data).toMatchObject({ fullName: 'Tim Zadorozhnyy', jobTitle: 'Reporter', basedIn: 'Warsaw', languages: ['en', 'uk', 'ru'] });
      expect(data.bio.length).toBeGreaterThan(0);
      const credited = seedArticles.filter((a) => a.credits.some((c) => c.reporter === 'tim-zadorozhnyy'));
      expect(data.articles).toHaveLength(credited.length);
      expect(data.articles.map((a: { slug: string }) => a.slug).sort()).toEqual(credited.map((a) => a.slug).sort());
      // The seed published them in another order: the page follows the newsroom's own date.
      const dates = data.articles.map((a: { date: string; publishedDate: string }) => a.date);
      expect(dates).toEqual(data.articles.map((a: { publishedDate: string }) => a.publishedDate));
      expect([...dates].sort().reverse()).toEqual(dates);
      const zelensky = data.articles.find((a: { slug: string }) => a.slug.startsWith('zelensky'));
      expect(zelensky).toMatchObject({ contentType: 'api::article.article', roles: ['author'], locale: 'en' });
      expectNoLeaks(res.body, 'reporter page');
    });

    it('lists each role a reporter holds on one article', async () => {
      const twoRoles = seedArticles.find((a) => new Set(a.credits.map((c) => c.reporter)).size < a.credits.length)!;
      const reporter = twoRoles.credits.find((c, i) => twoRoles.credits.findIndex((d) => d.reporter === c.reporter) !== i)!.reporter;
      const res = await get(`/api/newsroom/reporters/${reporter}`).expect(200);
      const article = res.body.data.articles.find((a: { slug: string }) => a.slug === twoRoles.slug);
      const roles = twoRoles.credits.filter((c) => c.reporter === reporter).map((c) => c.role);
      expect(article.roles.sort()).toEqual(roles.sort());
    });

    it('pages the articles', async () => {
      const all = (await get('/api/newsroom/reporters/tim-zadorozhnyy').expect(200)).body.data.articles;
      const page = await get('/api/newsroom/reporters/tim-zadorozhnyy?pageSize=1&page=2').expect(200);
      expect(page.body.data.articles.map((a: { documentId: string }) => a.documentId)).toEqual([all[1].documentId]);
      expect(page.body.meta.articles.pagination).toEqual({ page: 2, pageSize: 1, pageCount: all.length, total: all.length });
    });

    it('places a back-dated (imported) article by its editorial date, not by when it was published', async () => {
      const [tim] = (await app.strapi.documents(UID as never).findMany({ filters: { slug: 'tim-zadorozhnyy' }, locale: 'en' } as never)) as any[];
      const articles = app.strapi.documents('api::article.article' as never);
      const { documentId } = (await articles.create({
        locale: 'en',
        data: {
          title: 'From the 2019 archive',
          slug: 'from-the-2019-archive',
          publishedDate: '2019-05-01',
          category: 'war',
          credits: [{ reporter: tim.documentId, role: 'author' }],
        },
      } as never)) as any;
      await articles.publish({ documentId, locale: 'en' } as never);
      const list = (await get('/api/newsroom/reporters/tim-zadorozhnyy?locale=en&pageSize=100').expect(200)).body.data.articles;
      expect(list[list.length - 1]).toMatchObject({ documentId, date: '2019-05-01' });
      await articles.delete({ documentId, locale: '*' } as never);
    });

    it('keeps the archive of an alumnus', async () => {
      const alumnus = seedReporters.find((r) => r.status === 'alumni')!;
      const res = await get(`/api/newsroom/reporters/${alumnus.slug}`).expect(200);
      expect(res.body.data.status).toBe('alumni');
      expect(res.body.data.articles.length).toBeGreaterThan(0);
    });

    it('carries noindex with the profile', async () => {
      const hidden = seedReporters.find((r: any) => r.noindex)!;
      const res = await get(`/api/newsroom/reporters/${hidden.slug}`).expect(200);
      expect(res.body.data.noindex).toBe(true);
      const ld = await get(`/api/newsroom/reporters/${hidden.slug}/json-ld`).expect(200);
      expect(ld.body.meta.noindex).toBe(true);
    });

    it('has no page for a withheld reporter, nor for an unknown slug', async () => {
      const res = await get(`/api/newsroom/reporters/${withheldReporter.slug}`).expect(404);
      expect(res.body.error.message).not.toMatch(/withheld/i);
      await get(`/api/newsroom/reporters/${withheldReporter.slug}/json-ld`).expect(404);
      await get('/api/newsroom/reporters/nobody-here').expect(404);
      await get('/api/newsroom/reporters/Not%20a%20slug').expect(404);
    });

    it('answers under a former slug after a rename, pointing to the new one', async () => {
      const documents = app.strapi.documents(UID as never);
      const [profile] = (await documents.findMany({ filters: { slug: 'petro-hrytsenko' }, locale: 'en' } as never)) as any[];
      await documents.update({ documentId: profile.documentId, locale: 'en', data: { slug: 'petro-hrytsenko-london' } } as never);
      await documents.publish({ documentId: profile.documentId, locale: '*' } as never);

      const current = await get('/api/newsroom/reporters/petro-hrytsenko-london').expect(200);
      expect(current.body.meta.redirect).toBeUndefined();
      const former = await get('/api/newsroom/reporters/petro-hrytsenko').expect(200);
      expect(former.body.data.slug).toBe('petro-hrytsenko-london');
      expect(former.body.meta.redirect).toEqual({ from: 'petro-hrytsenko', to: 'petro-hrytsenko-london' });
      const ld = await get('/api/newsroom/reporters/petro-hrytsenko/json-ld').expect(200);
      expect(ld.body.meta.redirect.to).toBe('petro-hrytsenko-london');
    });
  });

  describe('GET /api/newsroom/reporters/:slug/json-ld', () => {
    it("is a ProfilePage that meets Google's ProfilePage and Person guidance", async () => {
      const res = await get('/api/newsroom/reporters/tim-zadorozhnyy/json-ld').expect(200);
      const page = res.body.data;
      expect(page['@context']).toBe('https://schema.org');
      expect(page['@type']).toBe('ProfilePage');
      // Google: mainEntity is required, a Person with a name.
      const person = page.mainEntity;
      expect(person['@type']).toBe('Person');
      expect(person.name).toBe('Tim Zadorozhnyy');
      expect(person.url).toBe('https://newsroom.example.org/reporters/tim-zadorozhnyy');
      expect(page.url).toBe(person.url);
      // Recommended: dateCreated/dateModified in ISO 8601, image, sameAs URLs, description.
      expect(new Date(page.dateCreated).toISOString()).toBe(page.dateCreated);
      expect(new Date(page.dateModified).toISOString()).toBe(page.dateModified);
      expect(person.image['@type']).toBe('ImageObject');
      expect(person.image.url).toMatch(/^https?:\/\/[^/]+\/uploads\/.+\.png$/);
      expect(person.sameAs.length).toBeGreaterThan(0);
      for (const url of person.sameAs) expect(new URL(url).protocol).toMatch(/^https?:$/);
      for (const code of person.knowsLanguage) expect(Intl.getCanonicalLocales(code)).toEqual([code]);
      expect(person.knowsLanguage).toEqual(['en', 'uk', 'ru']);
      expect(person).toMatchObject({
        jobTitle: 'Reporter',
        knowsAbout: expect.arrayContaining(['foreign policy']),
        worksFor: { '@type': 'NewsMediaOrganization', name: 'The Kyiv Ledger', url: 'https://newsroom.example.org' },
      });
      expect(typeof person.description).toBe('string');
      expectNoLeaks(res.body, 'json-ld');
    });

    it('is localized', async () => {
      const res = await get('/api/newsroom/reporters/tim-zadorozhnyy/json-ld?locale=uk').expect(200);
      expect(res.body.data).toMatchObject({ inLanguage: 'uk', mainEntity: { jobTitle: 'Кореспондент' } });
    });
  });

  describe('nothing private, no draft and no withheld identity on any public path', () => {
    const articlesUrl = (query: string) => `/api/articles?pagination[pageSize]=100&${query}`;

    it.each([
      ['credits.reporter populated with everything', 'populate[credits][populate][reporter][populate]=*'],
      [
        'credits.reporter with photo and social links',
        'populate[credits][populate][reporter][populate][0]=photo&populate[credits][populate][reporter][populate][1]=socialLinks',
      ],
      ['only the name selected (no bylineMode)', 'populate[credits][populate][reporter][fields][0]=fullName'],
      [
        'only the slug and photo alt selected',
        'populate[credits][populate][reporter][fields][0]=slug&populate[credits][populate][reporter][fields][1]=photoAlt',
      ],
    ])('articles with %s', async (_label, query) => {
      for (const locale of ['en', 'uk']) {
        const res = await get(articlesUrl(`locale=${locale}&${query}`)).expect(200);
        expectNoLeaks(res.body, `${query} ${locale}`);
        const withheldCredit = res.body.data.flatMap((a: any) => a.credits).find((c: any) => c.reporter && c.reporter.bylineMode === 'withheld');
        expect(withheldCredit.reporter).toEqual({ bylineMode: 'withheld', fullName: locale === 'uk' ? 'Штатний кореспондент' : 'Staff reporter' });
      }
    });

    it('refuses filters and populates on private fields', async () => {
      const byNotes = await get(articlesUrl('filters[credits][reporter][internalNotes][$contains]=a'));
      expect(byNotes.status).toBe(400);
      const byAdmin = await get(articlesUrl('populate[credits][populate][reporter][populate]=adminUser'));
      expect(byAdmin.status).toBe(400);
    });

    it('core find of profiles leaves out the withheld profile; findOne by its id finds nothing, as for an unknown id', async () => {
      const list = await get('/api/newsroom/reporter-profiles?pagination[pageSize]=100&populate=*').expect(200);
      expect(list.body.data).toHaveLength(seedReporters.length - 1);
      expectNoLeaks(list.body, 'core find');
      const probe = await get(`/api/newsroom/reporter-profiles?filters[bylineMode][$eq]=withheld`).expect(200);
      expect(probe.body.data).toEqual([]);

      const [withheld] = await app.strapi.db.query(UID).findMany({ where: { withheldSlug: withheldReporter.slug, publishedAt: { $notNull: true } } });
      const one = await get(`/api/newsroom/reporter-profiles/${withheld.documentId}?populate=*`).expect(404);
      const unknown = await get(`/api/newsroom/reporter-profiles/${'x'.repeat(withheld.documentId.length)}?populate=*`).expect(404);
      expect(one.body).toEqual(unknown.body);
    });

    it('core routes answer every other profile without private fields', async () => {
      const list = await get('/api/newsroom/reporter-profiles?pagination[pageSize]=100&populate=*&locale=uk').expect(200);
      for (const profile of list.body.data) {
        const one = await get(`/api/newsroom/reporter-profiles/${profile.documentId}?populate=*&locale=uk`).expect(200);
        expectNoLeaks(one.body, `core findOne ${profile.slug}`);
      }
    });

    it('every reporter page and JSON-LD is clean', async () => {
      for (const reporter of seedReporters.filter((r) => r.bylineMode !== 'withheld')) {
        for (const locale of ['en', 'uk']) {
          expectNoLeaks((await get(`/api/newsroom/reporters/${reporter.slug}?locale=${locale}`).expect(200)).body, reporter.slug);
          expectNoLeaks((await get(`/api/newsroom/reporters/${reporter.slug}/json-ld?locale=${locale}`).expect(200)).body, reporter.slug);
        }
      }
    });

    it('never shows a draft profile, nor the unpublished changes of a published one', async () => {
      const documents = app.strapi.documents(UID as never);
      await documents.create({ locale: 'en', data: { fullName: 'Draft Only Reporter', bylineMode: 'named', staffStatus: 'active' } } as never);
      const [tim] = (await documents.findMany({ filters: { slug: 'tim-zadorozhnyy' }, locale: 'en' } as never)) as any[];
      await documents.update({ documentId: tim.documentId, locale: 'en', data: { jobTitle: 'Unpublished Draft Title' } } as never);

      const bodies = [
        (await get('/api/newsroom/reporters?pageSize=100').expect(200)).body,
        (await get('/api/newsroom/reporters?search=draft').expect(200)).body,
        (await get('/api/newsroom/reporters/tim-zadorozhnyy').expect(200)).body,
        (await get('/api/newsroom/reporters/tim-zadorozhnyy/json-ld').expect(200)).body,
        (await get('/api/newsroom/reporter-profiles?pagination[pageSize]=100').expect(200)).body,
        (await get(articlesUrl('locale=en&populate[credits][populate][reporter]=true')).expect(200)).body,
      ];
      for (const body of bodies) {
        expect(JSON.stringify(body)).not.toContain('Draft Only Reporter');
        expect(JSON.stringify(body)).not.toContain('Unpublished Draft Title');
      }
      await get('/api/newsroom/reporters/draft-only-reporter').expect(404);
    });
  });
});
