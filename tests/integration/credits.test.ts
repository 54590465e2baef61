import { startPlayground, type TestApp } from '../helpers/strapi';
import { adminToken, apiToken } from '../helpers/auth';
import { stableJson } from '../helpers/snapshot';
import { ARTICLE_UID, REPORTER_UID, createArticle, createReporter, restCredits } from '../helpers/newsroom';

describe('credits on articles', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startPlayground();
    for (const name of ['Ada Author', 'Bo Byline', 'Cy Camera', 'Di Desk']) ids[name] = await createReporter(app, name);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const credits = (...pairs: [string, string][]) => pairs.map(([name, role]) => ({ reporter: ids[name], role }));

  describe('keep the order the editor set', () => {
    it('through create and the REST populate, one person in two roles included', async () => {
      const documentId = await createArticle(
        app,
        'Order on create',
        credits(['Di Desk', 'author'], ['Ada Author', 'author'], ['Cy Camera', 'photographer'], ['Ada Author', 'photographer'])
      );
      expect(await restCredits(app, documentId)).toEqual([
        ['Di Desk', 'author'],
        ['Ada Author', 'author'],
        ['Cy Camera', 'photographer'],
        ['Ada Author', 'photographer'],
      ]);
    });

    it('through a reorder and publish', async () => {
      const documentId = await createArticle(app, 'Order on update', credits(['Ada Author', 'author'], ['Bo Byline', 'author'], ['Cy Camera', 'author']));
      const documents = app.strapi.documents(ARTICLE_UID as never);
      await documents.update({
        documentId,
        locale: 'en',
        data: { credits: credits(['Cy Camera', 'author'], ['Ada Author', 'author'], ['Bo Byline', 'editor']) },
      } as never);
      // The published version keeps the old order until the new one is published.
      expect(await restCredits(app, documentId)).toEqual([
        ['Ada Author', 'author'],
        ['Bo Byline', 'author'],
        ['Cy Camera', 'author'],
      ]);
      await documents.publish({ documentId, locale: 'en' } as never);
      expect(await restCredits(app, documentId)).toEqual([
        ['Cy Camera', 'author'],
        ['Ada Author', 'author'],
        ['Bo Byline', 'editor'],
      ]);
    });

    it('through the locale copies: every locale has the same credits, in the same order', async () => {
      const documentId = await createArticle(app, 'Order in locales', credits(['Bo Byline', 'author'], ['Ada Author', 'author'], ['Di Desk', 'translator']));
      const expected = [
        ['Bo Byline', 'author'],
        ['Ada Author', 'author'],
        ['Di Desk', 'translator'],
      ];
      expect(await restCredits(app, documentId, 'en')).toEqual(expected);
      expect(await restCredits(app, documentId, 'uk')).toEqual(expected);

      // A change made in one locale reaches the others.
      const documents = app.strapi.documents(ARTICLE_UID as never);
      await documents.update({ documentId, locale: 'uk', data: { credits: credits(['Ada Author', 'author'], ['Bo Byline', 'author']) } } as never);
      await documents.publish({ documentId, locale: '*' } as never);
      expect(await restCredits(app, documentId, 'en')).toEqual([
        ['Ada Author', 'author'],
        ['Bo Byline', 'author'],
      ]);
      expect(await restCredits(app, documentId, 'uk')).toEqual([
        ['Ada Author', 'author'],
        ['Bo Byline', 'author'],
      ]);
    });

    it('through the bylines route', async () => {
      const documentId = await createArticle(app, 'Order in bylines', credits(['Cy Camera', 'author'], ['Ada Author', 'author'], ['Bo Byline', 'author']));
      const res = await app.http().get(`/api/newsroom/bylines/articles/${documentId}`).expect(200);
      expect(res.body.data.credits.map((c: any) => c.reporter.fullName)).toEqual(['Cy Camera', 'Ada Author', 'Bo Byline']);
      expect(res.body.data.jsonLd.author.map((p: any) => p.name)).toEqual(['Cy Camera', 'Ada Author', 'Bo Byline']);
      expect(res.body.data.byline.text).toBe('By Cy Camera, Ada Author and Bo Byline.');
    });

    it('through the admin Content Manager, reordering by the ids it sends', async () => {
      const documentId = await createArticle(app, 'Order in admin', credits(['Ada Author', 'author'], ['Bo Byline', 'author']), { uk: false });
      const token = await adminToken(app);
      const url = `/content-manager/collection-types/${ARTICLE_UID}/${documentId}`;
      const current = (await app.http().get(`${url}?locale=en`).set('Authorization', `Bearer ${token}`).expect(200)).body.data;
      const [first, second] = current.credits;
      // The Content Manager sends the components back with their ids, in the new order.
      const reordered = [second, first].map(({ id, role, note }: any) => ({ id, role, note, reporter: { connect: [], disconnect: [] } }));
      const put = await app
        .http()
        .put(`${url}?locale=en`)
        .set('Authorization', `Bearer ${token}`)
        .send({ title: current.title, slug: current.slug, publishedDate: current.publishedDate, category: current.category, credits: reordered });
      expect({ status: put.status, error: put.body.error }).toEqual({ status: 200, error: undefined });
      await app.http().post(`${url}/actions/publish?locale=en`).set('Authorization', `Bearer ${token}`).send({}).expect(200);
      expect(await restCredits(app, documentId)).toEqual([
        ['Bo Byline', 'author'],
        ['Ada Author', 'author'],
      ]);
    });
  });

  describe('validation', () => {
    const bad: Array<[string, string, unknown]> = [
      [
        'an unknown role',
        'credits[1].role',
        [
          { reporter: 'R:Ada Author', role: 'author' },
          { reporter: 'R:Bo Byline', role: 'ghostwriter' },
        ],
      ],
      ['a credit without a reporter', 'credits[0].reporter', [{ role: 'author' }]],
      ['a reporter that does not exist', 'credits[0].reporter', [{ reporter: 'nosuchreporterxxxxxxxxxx', role: 'author' }]],
      ['a malformed reporter reference', 'credits[0].reporter', [{ reporter: { foo: 1 }, role: 'author' }]],
      ['markup in a note', 'credits[0].note', [{ reporter: 'R:Ada Author', role: 'author', note: '<script>x</script>' }]],
      ['a note over 200 characters', 'credits[0].note', [{ reporter: 'R:Ada Author', role: 'author', note: 'n'.repeat(201) }]],
      ['credits that are not a list', 'credits', 'Ada'],
      ['more than 30 credits', 'credits', Array.from({ length: 31 }, () => ({ reporter: 'R:Ada Author', role: 'author' }))],
    ];
    const resolve = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map((c: any) => (typeof c?.reporter === 'string' && c.reporter.startsWith('R:') ? { ...c, reporter: ids[c.reporter.slice(2)] } : c))
        : value;

    const snapshot = async () =>
      stableJson(
        await app.strapi.db.query(ARTICLE_UID).findMany({ orderBy: { id: 'asc' }, populate: { credits: { populate: { reporter: { select: ['id'] } } } } })
      );

    it.each(bad)('the Document Service refuses %s, naming %s', async (_label, path, value) => {
      const documentId = await createArticle(app, 'Valid', credits(['Ada Author', 'author']), { uk: false });
      const before = await snapshot();
      await expect(
        app.strapi.documents(ARTICLE_UID as never).update({ documentId, locale: 'en', data: { credits: resolve(value) } } as never)
      ).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining(path) });
      expect(await snapshot()).toBe(before);
    });

    it.each(bad)('the content API refuses %s with a 400 naming %s', async (_label, path, value) => {
      const token = await apiToken(app, 'full-access');
      const before = await snapshot();
      const res = await app
        .http()
        .post('/api/articles')
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { title: 'Bad', slug: `bad-${Date.now()}`, publishedDate: '2026-01-12', category: 'world', credits: resolve(value) } });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error)).toContain(path.split('[')[0]);
      expect(await snapshot()).toBe(before);
    });

    it('the admin refuses an unknown role with a 400 naming the credit', async () => {
      const token = await adminToken(app);
      const before = await snapshot();
      const res = await app
        .http()
        .post(`/content-manager/collection-types/${ARTICLE_UID}?locale=en`)
        .set('Authorization', `Bearer ${token}`)
        .send({
          title: 'Bad',
          slug: 'bad-admin',
          publishedDate: '2026-01-12',
          category: 'world',
          credits: [{ role: 'ghostwriter', reporter: { connect: [{ documentId: ids['Ada Author'] }] } }],
        });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('credits[0].role');
      expect(await snapshot()).toBe(before);
    });

    it('refuses a key-facts reference to a box that does not exist', async () => {
      const documentId = await createArticle(app, 'Valid too', credits(['Ada Author', 'author']), { uk: false });
      await expect(
        app.strapi.documents(ARTICLE_UID as never).update({ documentId, locale: 'en', data: { keyFacts: ['nosuchboxxxxxxxxxxxxxxxx'] } } as never)
      ).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('keyFacts: no key-facts box nosuchbox') });
    });
  });

  describe('reading a page of articles', () => {
    it('costs the same number of queries at page size 5 and 100', async () => {
      const names = Object.keys(ids);
      for (let i = 0; i < 100; i += 1) {
        await createArticle(
          app,
          `Bulk ${i}`,
          [0, 1, 2].slice(0, 1 + (i % 3)).map((k) => ({ reporter: ids[names[(i + k) % names.length]], role: k ? 'photographer' : 'author' })),
          { uk: false }
        );
      }
      const count = async (pageSize: number, populate: Record<string, string>) => {
        let queries = 0;
        const listener = () => (queries += 1);
        app.strapi.db.connection.client.on('query', listener);
        try {
          const res = await app
            .http()
            .get('/api/articles')
            .query({ locale: 'en', 'pagination[pageSize]': pageSize, ...populate })
            .expect(200);
          expect(res.body.data).toHaveLength(pageSize);
        } finally {
          app.strapi.db.connection.client.removeListener('query', listener);
        }
        return queries;
      };
      const everything = { 'populate[credits][populate][reporter][populate]': 'photo', 'populate[keyFacts]': 'true' };
      // Without `bylineMode` among the fields, the withheld check reads the modes itself: once per response.
      const bylineFields = {
        'populate[credits][populate][reporter][fields][0]': 'fullName',
        'populate[credits][populate][reporter][fields][1]': 'slug',
        'populate[credits][populate][reporter][populate]': 'photo',
      };
      // Strapi's content history writes its versions after the commit, unawaited: its queries for the
      // last articles created can land in a count. They only ever add, so the least of three is the request's own.
      const fewest = async (pageSize: number, populate: Record<string, string>) => {
        const counts = [];
        for (let i = 0; i < 3; i += 1) counts.push(await count(pageSize, populate));
        return Math.min(...counts);
      };
      for (const populate of [everything, bylineFields]) {
        await count(5, populate); // warm-up: first reads of permissions and locales
        const [five, hundred] = [await fewest(5, populate), await fewest(100, populate)];
        expect(five).toBeGreaterThan(0);
        expect(hundred).toBe(five);
      }
    });
  });

  describe('deleting a credited reporter', () => {
    it('is refused with 409 and the articles that credit them, on every way in, deleting nothing', async () => {
      const reporter = await createReporter(app, 'Del Credited');
      const article = await createArticle(app, 'Crediting article', [{ reporter, role: 'author' }]);
      const rows = async () => app.strapi.db.query(REPORTER_UID).count({ where: { documentId: reporter } });
      const before = await rows();

      await expect(app.strapi.documents(REPORTER_UID as never).delete({ documentId: reporter, locale: '*' } as never)).rejects.toMatchObject({ status: 409 });

      const token = await apiToken(app, 'full-access');
      const api = await app.http().delete(`/api/newsroom/reporter-profiles/${reporter}`).set('Authorization', `Bearer ${token}`);
      expect(api.status).toBe(409);
      expect(api.body.error.details.articles).toEqual(
        expect.arrayContaining([expect.objectContaining({ contentType: ARTICLE_UID, documentId: article, title: 'Crediting article', locale: 'en' })])
      );

      const admin = await adminToken(app);
      const cm = await app.http().delete(`/content-manager/collection-types/${REPORTER_UID}/${reporter}?locale=en`).set('Authorization', `Bearer ${admin}`);
      expect(cm.status).toBe(409);
      expect(cm.body.error.message).toContain('credited on');
      expect(await rows()).toBe(before);

      // Once no article credits them, the profile can go.
      await app.strapi.documents(ARTICLE_UID as never).update({ documentId: article, locale: 'en', data: { credits: [] } } as never);
      await app.strapi.documents(ARTICLE_UID as never).publish({ documentId: article, locale: '*' } as never);
      await app.strapi.documents(REPORTER_UID as never).delete({ documentId: reporter, locale: '*' } as never);
      expect(await rows()).toBe(0);
    });
  });
});
