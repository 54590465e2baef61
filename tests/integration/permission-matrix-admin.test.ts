import { startPlayground, type TestApp } from '../helpers/strapi';
import { REPORTER_UID, ARTICLE_UID } from '../helpers/newsroom';

type Role = 'Super Admin' | 'Editor' | 'Author' | 'read-only viewer';
const LOGINS: Record<Role, string> = {
  'Super Admin': 'editor@newsroom.local',
  Editor: 'desk-editor@newsroom.local',
  Author: 'reporter@newsroom.local',
  'read-only viewer': 'viewer@newsroom.local',
};
const ROLES = Object.keys(LOGINS) as Role[];

describe('the permission matrix of the admin (the seeded demo roles)', () => {
  let app: TestApp;
  const tokens: Partial<Record<Role, string>> = {};
  const ids: Record<string, string> = {};
  let cells = 0;

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
    for (const role of ROLES) {
      const res = await app.http().post('/admin/login').send({ email: LOGINS[role], password: 'Newsroom-demo-2026' }).expect(200);
      tokens[role] = res.body.data.token;
    }
    ids.reporter = ((await app.strapi.db.query(REPORTER_UID).findOne({ where: { slug: 'tim-zadorozhnyy' } })) as any).documentId;
    ids.article = ((await app.strapi.db.query(ARTICLE_UID).findOne({ where: { slug: { $startsWith: 'zelensky' } } })) as any).documentId;
  });
  afterAll(async () => {
    // eslint-disable-next-line no-console
    console.log(`admin permission matrix: ${cells} cells`);
    await app?.stop();
  });

  interface Cell {
    method: 'get' | 'post' | 'put' | 'delete';
    url: () => string;
    body?: () => object;
    /** The status each role gets. */
    expect: Record<Role, number>;
  }
  const all = (status: number): Record<Role, number> => ({ 'Super Admin': status, Editor: status, Author: status, 'read-only viewer': status });

  const cells_: Array<[string, Cell]> = [
    ['panel settings', { method: 'get', url: () => '/newsroom/settings', expect: all(200) }],
    ['reporter typeahead', { method: 'get', url: () => '/newsroom/reporters/search?search=tim', expect: all(200) }],
    // The Author reads only the articles it created (admin::is-creator), as in the Content Manager; the seed created this one.
    ['an entry’s credits for the panels', { method: 'get', url: () => `/newsroom/entries/${ARTICLE_UID}/${ids.article}?locale=en`, expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 200 } }],
    ['box search', { method: 'get', url: () => '/newsroom/key-facts-boxes/search?search=key', expect: all(200) }],
    ['quick-create a reporter (draft)', { method: 'post', url: () => '/newsroom/reporters', body: () => ({ fullName: `Matrix Reporter ${Date.now()}`, publish: false }), expect: { 'Super Admin': 201, Editor: 201, Author: 201, 'read-only viewer': 403 } }],
    ['reporters directory', { method: 'get', url: () => '/newsroom/reporters/directory', expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 200 } }],
    ['key-facts library', { method: 'get', url: () => '/newsroom/key-facts-boxes/library', expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 200 } }],
    ['merge with a missing profile (400 once allowed)', { method: 'post', url: () => '/newsroom/reporters/merge', body: () => ({ sourceDocumentId: ids.reporter, targetDocumentId: ids.reporter }), expect: { 'Super Admin': 400, Editor: 400, Author: 403, 'read-only viewer': 403 } }],
    ['read a profile in the Content Manager', { method: 'get', url: () => `/content-manager/collection-types/${REPORTER_UID}/${ids.reporter}?locale=en`, expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 200 } }],
    ['update a profile in the Content Manager', { method: 'put', url: () => `/content-manager/collection-types/${REPORTER_UID}/${ids.reporter}?locale=en`, body: () => ({ pronouns: 'he/him' }), expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 403 } }],
    ['delete a credited profile (409 once allowed)', { method: 'delete', url: () => `/content-manager/collection-types/${REPORTER_UID}/${ids.reporter}?locale=en`, expect: { 'Super Admin': 409, Editor: 409, Author: 403, 'read-only viewer': 403 } }],
    ['update an article’s credits in the Content Manager', { method: 'put', url: () => `/content-manager/collection-types/${ARTICLE_UID}/${ids.article}?locale=en`, body: () => ({ dek: 'Edited dek' }), expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 403 } }],
  ];

  describe.each(ROLES)('%s', (role) => {
    it.each(cells_)('%s', async (_name, cell) => {
      cells += 1;
      const req = app.http()[cell.method](cell.url()).set('Authorization', `Bearer ${tokens[role]}`);
      const res = await (cell.body ? req.send(cell.body()) : req);
      expect({ role, status: res.status }).toEqual({ role, status: cell.expect[role] });
    });
  });

  it('an anonymous caller gets nothing from the admin routes', async () => {
    for (const [, cell] of cells_) {
      cells += 1;
      const req = app.http()[cell.method](cell.url());
      const res = await (cell.body ? req.send(cell.body()) : req);
      expect(res.status).toBe(401);
    }
  });
});
