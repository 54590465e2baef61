import { startPlayground, type TestApp } from '../helpers/strapi';
import { apiToken } from '../helpers/auth';
import { expectNoLeaks } from '../helpers/leaks';
import { ARTICLE_UID, BOX_UID, REPORTER_UID, boxData } from '../helpers/newsroom';

type Subject = 'public' | 'authenticated user' | 'read-only token' | 'full-access token';
const SUBJECTS: Subject[] = ['public', 'authenticated user', 'read-only token', 'full-access token'];

interface Cell {
  method: 'get' | 'post' | 'put' | 'delete';
  url: () => string;
  body?: () => unknown;
  /** Which subjects may do it; the others get 403. */
  allowed: Subject[];
}

describe('the permission matrix of the content API', () => {
  let app: TestApp;
  const auth: Partial<Record<Subject, string>> = {};
  const ids: Record<string, string> = {};
  const counts = { cells: 0 };

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
    auth['read-only token'] = await apiToken(app, 'read-only');
    auth['full-access token'] = await apiToken(app, 'full-access');
    const register = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'reader', email: 'reader@newsroom.test', password: 'Reader-pass-2026' })
      .expect(200);
    auth['authenticated user'] = register.body.jwt;
    const article = (await app.strapi.db.query(ARTICLE_UID).findOne({ where: { slug: { $startsWith: 'zelensky' }, publishedAt: { $notNull: true } } })) as any;
    ids.article = article.documentId;
    ids.reporter = ((await app.strapi.db.query(REPORTER_UID).findOne({ where: { slug: 'tim-zadorozhnyy' } })) as any).documentId;
    ids.box = ((await app.strapi.db.query(BOX_UID).findOne({ where: { kind: 'fact-check', publishedAt: { $notNull: true } } })) as any).documentId;
  });
  afterAll(async () => {
    // eslint-disable-next-line no-console
    console.log(`permission matrix: ${counts.cells} cells`);
    await app?.stop();
  });

  const reads: Array<[string, Cell]> = [
    ['reporter directory', { method: 'get', url: () => '/api/newsroom/reporters?search=o', allowed: SUBJECTS }],
    ['reporter page', { method: 'get', url: () => '/api/newsroom/reporters/tim-zadorozhnyy', allowed: SUBJECTS }],
    ['reporter JSON-LD', { method: 'get', url: () => '/api/newsroom/reporters/tim-zadorozhnyy/json-ld', allowed: SUBJECTS }],
    ['reporter RSS feed', { method: 'get', url: () => '/api/newsroom/reporters/tim-zadorozhnyy/feed.rss', allowed: SUBJECTS }],
    ['reporter Atom feed', { method: 'get', url: () => '/api/newsroom/reporters/tim-zadorozhnyy/feed.atom', allowed: SUBJECTS }],
    ['reporter JSON feed', { method: 'get', url: () => '/api/newsroom/reporters/tim-zadorozhnyy/feed.json', allowed: SUBJECTS }],
    ['bylines', { method: 'get', url: () => `/api/newsroom/bylines/articles/${ids.article}?locale=uk`, allowed: SUBJECTS }],
    ['key facts', { method: 'get', url: () => `/api/newsroom/key-facts/${ids.box}`, allowed: SUBJECTS }],
    ['core profile list', { method: 'get', url: () => '/api/newsroom/reporter-profiles?populate=*&pagination[pageSize]=100', allowed: SUBJECTS }],
    ['core profile', { method: 'get', url: () => `/api/newsroom/reporter-profiles/${ids.reporter}?populate=*`, allowed: SUBJECTS }],
    ['core box list', { method: 'get', url: () => '/api/newsroom/key-facts-boxes?populate[facts][populate]=sources', allowed: SUBJECTS }],
    ['core box', { method: 'get', url: () => `/api/newsroom/key-facts-boxes/${ids.box}?populate=*`, allowed: SUBJECTS }],
    [
      'articles populating credits, reporters and photos',
      { method: 'get', url: () => '/api/articles?populate[credits][populate][reporter][populate]=photo&pagination[pageSize]=100', allowed: SUBJECTS },
    ],
    [
      'articles populating every reporter relation',
      { method: 'get', url: () => '/api/articles?populate[credits][populate][reporter][populate]=*&locale=uk&pagination[pageSize]=100', allowed: SUBJECTS },
    ],
    [
      'articles populating boxes, facts and sources',
      {
        method: 'get',
        url: () => '/api/articles?populate[keyFacts][populate][facts][populate]=sources&populate[keyFacts][populate][rating]=true',
        allowed: SUBJECTS,
      },
    ],
    [
      'one article populating everything of ours',
      {
        method: 'get',
        url: () => `/api/articles/${ids.article}?populate[credits][populate][reporter][populate]=*&populate[keyFacts][populate]=*`,
        allowed: SUBJECTS,
      },
    ],
  ];
  const writes: Array<[string, Cell]> = [
    [
      'create a profile',
      {
        method: 'post',
        url: () => '/api/newsroom/reporter-profiles',
        body: () => ({ data: { fullName: `Matrix ${Date.now()}`, staffStatus: 'active', bylineMode: 'named' } }),
        allowed: ['full-access token'],
      },
    ],
    [
      'update a profile',
      {
        method: 'put',
        url: () => `/api/newsroom/reporter-profiles/${ids.reporter}`,
        body: () => ({ data: { pronouns: 'he/him' } }),
        allowed: ['full-access token'],
      },
    ],
    [
      'create a box',
      { method: 'post', url: () => '/api/newsroom/key-facts-boxes', body: () => ({ data: boxData('Matrix box') }), allowed: ['full-access token'] },
    ],
    [
      'update a box',
      {
        method: 'put',
        url: () => `/api/newsroom/key-facts-boxes/${ids.box}`,
        body: () => ({ data: { lastVerifiedAt: new Date().toISOString() } }),
        allowed: ['full-access token'],
      },
    ],
    ['delete a credited profile (409 even when allowed)', { method: 'delete', url: () => `/api/newsroom/reporter-profiles/${ids.reporter}`, allowed: [] }],
    [
      'create an article with credits',
      {
        method: 'post',
        url: () => '/api/articles',
        body: () => ({
          data: {
            title: 'Matrix article',
            slug: `matrix-${Date.now()}`,
            publishedDate: '2026-01-12',
            category: 'war',
            credits: [{ reporter: ids.reporter, role: 'author' }],
          },
        }),
        allowed: ['full-access token'],
      },
    ],
  ];

  const send = (subject: Subject, cell: Cell) => {
    const req = app.http()[cell.method](cell.url());
    if (auth[subject]) req.set('Authorization', `Bearer ${auth[subject]}`);
    return cell.body ? req.send(cell.body() as object) : req;
  };

  describe.each(SUBJECTS)('%s', (subject) => {
    it.each(reads)('reads: %s', async (_name, cell) => {
      counts.cells += 1;
      const res = await send(subject, cell);
      expect(res.status).toBe(cell.allowed.includes(subject) ? 200 : 403);
      expectNoLeaks(res.body, `${subject} ${cell.url()}`);
    });

    it.each(writes)('writes: %s', async (name, cell) => {
      counts.cells += 1;
      const res = await send(subject, cell);
      if (cell.allowed.includes(subject))
        expect({ status: res.status, error: res.body.error?.message }).toEqual({ status: expect.any(Number), error: undefined });
      else if (name.startsWith('delete') && subject === 'full-access token') expect(res.status).toBe(409);
      else expect(res.status).toBe(403);
      expectNoLeaks(res.body, `${subject} ${cell.method} ${cell.url()}`);
    });
  });

  it('every route is a permission a site can take away', async () => {
    const role = (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as any;
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    for (const [action, url] of [
      ['plugin::newsroom.reporters.find', '/api/newsroom/reporters'],
      ['plugin::newsroom.reporters.findOne', '/api/newsroom/reporters/tim-zadorozhnyy'],
      ['plugin::newsroom.reporter-json-ld.findOne', '/api/newsroom/reporters/tim-zadorozhnyy/json-ld'],
      ['plugin::newsroom.bylines.findOne', `/api/newsroom/bylines/articles/${ids.article}`],
      ['plugin::newsroom.key-facts.findOne', `/api/newsroom/key-facts/${ids.box}`],
      ['plugin::newsroom.reporter-profile.find', '/api/newsroom/reporter-profiles'],
      ['plugin::newsroom.key-facts-box.find', '/api/newsroom/key-facts-boxes'],
    ]) {
      counts.cells += 1;
      await app.http().get(url).expect(200);
      await permissions.deleteMany({ where: { action, role: { id: role.id } } });
      const denied = await app.http().get(url);
      expect({ action, status: denied.status, body: denied.status === 403 ? null : denied.body }).toEqual({ action, status: 403, body: null });
      await permissions.create({ data: { action, role: role.id } });
    }
  });
});
