import type { Response } from 'supertest';
import { startPlayground, type TestApp } from '../helpers/strapi';
import { stableJson } from '../helpers/snapshot';
import { REPORTER_UID, ARTICLE_UID } from '../helpers/newsroom';

type Role = 'Super Admin' | 'Editor' | 'Author' | 'read-only viewer';
const LOGINS: Record<Role, string> = {
  'Super Admin': 'editor@newsroom.local',
  Editor: 'desk-editor@newsroom.local',
  Author: 'reporter@newsroom.local',
  'read-only viewer': 'viewer@newsroom.local',
};
const ROLES = Object.keys(LOGINS) as Role[];
const MISSING_PROFILE = 'nosuchprofile000';

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

  /** Every row of the profile (all locales, draft and published): what a profile write or merge touches. */
  const profileRows = async () => (await app.strapi.db.query(REPORTER_UID).findMany({ where: { documentId: ids.reporter }, orderBy: { id: 'asc' } })) as any[];
  /** The draft (en) article's credits as stored: [component id, reporter, role, note]. */
  const articleCredits = async () => {
    const row = (await app.strapi.db.query(ARTICLE_UID).findOne({
      where: { documentId: ids.article, locale: 'en', publishedAt: null },
      populate: { credits: { populate: { reporter: { select: ['documentId'] } } } },
    })) as any;
    return (row.credits as any[]).map((credit) => ({
      id: credit.id,
      reporter: credit.reporter?.documentId ?? null,
      role: credit.role,
      note: credit.note ?? null,
    }));
  };
  const quickCreated = async (role: Role | 'anonymous') =>
    (await app.strapi.db.query(REPORTER_UID).findMany({ where: { fullName: `Matrix Reporter (${role})` } })) as any[];

  interface Cell {
    method: 'get' | 'post' | 'put' | 'delete';
    url: () => string;
    body?: (role: Role | 'anonymous') => Promise<object> | object;
    /** The status each role gets. */
    expect: Record<Role, number>;
    /** For a read: what an allowed answer holds. */
    shows?: (res: Response, role: Role) => void;
    /** For a 4xx other than 401/403: what the error says (the field, or why). */
    says?: RegExp;
    /** For a write: the stored state it may change, read before and after the request. */
    state?: (role: Role | 'anonymous') => Promise<unknown>;
    /** For a write that succeeds: how the state changed. Without it (or on a refusal) nothing may change. */
    changed?: (before: any, after: any, role: Role, res: Response) => void;
  }
  const all = (status: number): Record<Role, number> => ({ 'Super Admin': status, Editor: status, Author: status, 'read-only viewer': status });
  const isSuccess = (status: number) => status >= 200 && status < 300;

  const cells_: Array<[string, Cell]> = [
    [
      'panel settings',
      { method: 'get', url: () => '/newsroom/settings', expect: all(200), shows: (res) => expect(res.body.data.creditRoles).toContain('author') },
    ],
    [
      'reporter typeahead',
      {
        method: 'get',
        url: () => '/newsroom/reporters/search?search=tim',
        expect: all(200),
        // The Author reads only the profiles it created (admin::is-creator): the seeded ones are not offered.
        shows: (res, role) => {
          const found = expect(res.body.data.map((r: any) => r.documentId));
          if (role === 'Author') found.not.toContain(ids.reporter);
          else found.toContain(ids.reporter);
        },
      },
    ],
    // The Author reads only the articles it created (admin::is-creator), as in the Content Manager; the seed created this one.
    [
      'an entry’s credits for the panels',
      {
        method: 'get',
        url: () => `/newsroom/entries/${ARTICLE_UID}/${ids.article}?locale=en`,
        expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 200 },
        shows: (res) => expect(res.body.data.credits.map((c: any) => c.reporter?.documentId)).toContain(ids.reporter),
      },
    ],
    [
      'box search',
      {
        method: 'get',
        url: () => '/newsroom/key-facts-boxes/search?search=key',
        expect: all(200),
        // Likewise the Author finds only boxes it created, and it created none.
        shows: (res, role) => (role === 'Author' ? expect(res.body.data).toEqual([]) : expect(res.body.data.length).toBeGreaterThan(0)),
      },
    ],
    [
      'quick-create a reporter (draft)',
      {
        method: 'post',
        url: () => '/newsroom/reporters',
        body: (role) => ({ fullName: `Matrix Reporter (${role})`, publish: false }),
        expect: { 'Super Admin': 201, Editor: 201, Author: 201, 'read-only viewer': 403 },
        state: (role) => quickCreated(role),
        changed: (before, after, _role, res) => {
          expect(before).toEqual([]);
          expect(after.map((row: any) => ({ documentId: row.documentId, publishedAt: row.publishedAt }))).toEqual([
            { documentId: res.body.data.documentId, publishedAt: null },
          ]);
        },
      },
    ],
    [
      'reporters directory',
      {
        method: 'get',
        url: () => '/newsroom/reporters/directory',
        expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 200 },
        shows: (res) => expect(res.body.data.map((r: any) => r.documentId)).toContain(ids.reporter),
      },
    ],
    [
      'key-facts library',
      {
        method: 'get',
        url: () => '/newsroom/key-facts-boxes/library',
        expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 200 },
        shows: (res) => expect(res.body.data.length).toBeGreaterThan(0),
      },
    ],
    [
      'merge into a missing profile (404 once allowed)',
      {
        method: 'post',
        url: () => '/newsroom/reporters/merge',
        body: () => ({ sourceDocumentId: ids.reporter, targetDocumentId: MISSING_PROFILE }),
        expect: { 'Super Admin': 404, Editor: 404, Author: 403, 'read-only viewer': 403 },
        says: new RegExp(MISSING_PROFILE),
        state: async () => stableJson({ profile: await profileRows(), credits: await articleCredits() }),
      },
    ],
    [
      'merge a profile into itself (400 once allowed)',
      {
        method: 'post',
        url: () => '/newsroom/reporters/merge',
        body: () => ({ sourceDocumentId: ids.reporter, targetDocumentId: ids.reporter }),
        expect: { 'Super Admin': 400, Editor: 400, Author: 403, 'read-only viewer': 403 },
        says: /^targetDocumentId: /,
        state: async () => stableJson({ profile: await profileRows(), credits: await articleCredits() }),
      },
    ],
    [
      'read a profile in the Content Manager',
      {
        method: 'get',
        url: () => `/content-manager/collection-types/${REPORTER_UID}/${ids.reporter}?locale=en`,
        expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 200 },
        shows: (res) => expect(res.body.data).toMatchObject({ documentId: ids.reporter, fullName: 'Tim Zadorozhnyy' }),
      },
    ],
    [
      'update a profile in the Content Manager',
      {
        method: 'put',
        url: () => `/content-manager/collection-types/${REPORTER_UID}/${ids.reporter}?locale=en`,
        body: (role) => ({ pronouns: `matrix ${role}` }),
        expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 403 },
        state: profileRows,
        changed: (before, after, role) => {
          // Pronouns are identity, the same in every locale: every draft row takes them; the published rows wait for Publish.
          const drafts = after.filter((row: any) => !row.publishedAt);
          expect(drafts.map((row: any) => row.locale).sort()).toEqual(['en', 'uk']);
          for (const row of drafts) expect(row.pronouns).toBe(`matrix ${role}`);
          const published = (rows: any[]) => stableJson(rows.filter((row) => row.publishedAt));
          expect(published(after)).toBe(published(before));
        },
      },
    ],
    [
      'delete a credited profile (409 once allowed)',
      {
        method: 'delete',
        url: () => `/content-manager/collection-types/${REPORTER_UID}/${ids.reporter}?locale=en`,
        expect: { 'Super Admin': 409, Editor: 409, Author: 403, 'read-only viewer': 403 },
        says: /credited on \d+ entr/,
        state: async () => stableJson({ profile: await profileRows(), credits: await articleCredits() }),
      },
    ],
    [
      'update an article’s credits in the Content Manager',
      {
        method: 'put',
        url: () => `/content-manager/collection-types/${ARTICLE_UID}/${ids.article}?locale=en`,
        // What the Content Manager sends: the components with their ids, the relation untouched.
        body: async (role) => ({
          credits: (await articleCredits()).map((credit, index) => ({
            id: credit.id,
            role: credit.role,
            note: index === 0 ? `Matrix note (${role})` : credit.note,
            reporter: { connect: [], disconnect: [] },
          })),
        }),
        expect: { 'Super Admin': 200, Editor: 200, Author: 403, 'read-only viewer': 403 },
        state: articleCredits,
        changed: (before, after, role) => {
          expect(after.map((c: any) => [c.reporter, c.role])).toEqual(before.map((c: any) => [c.reporter, c.role]));
          expect(after.map((c: any) => c.note)).toEqual([`Matrix note (${role})`, ...before.slice(1).map((c: any) => c.note)]);
        },
      },
    ],
  ];

  const send = async (cell: Cell, role: Role | 'anonymous', token?: string) => {
    const req = app.http()[cell.method](cell.url());
    if (token) req.set('Authorization', `Bearer ${token}`);
    return cell.body ? req.send(await cell.body(role)) : req;
  };

  describe.each(ROLES)('%s', (role) => {
    it.each(cells_)('%s', async (_name, cell) => {
      cells += 1;
      const before = cell.state && (await cell.state(role));
      const res = await send(cell, role, tokens[role]);
      expect({ role, status: res.status }).toEqual({ role, status: cell.expect[role] });
      if (isSuccess(res.status)) cell.shows?.(res, role);
      else {
        expect(res.body.data ?? null).toBeNull();
        if (res.status !== 403 && cell.says) expect(res.body.error.message).toMatch(cell.says);
      }
      if (!cell.state) return;
      const after = await cell.state(role);
      if (isSuccess(res.status) && cell.changed) cell.changed(before, after, role, res);
      else expect(after).toEqual(before);
    });
  });

  it('an anonymous caller gets nothing from the admin routes and changes nothing', async () => {
    for (const [, cell] of cells_) {
      cells += 1;
      const before = cell.state && (await cell.state('anonymous'));
      const res = await send(cell, 'anonymous');
      expect(res.status).toBe(401);
      if (cell.state) expect(await cell.state('anonymous')).toEqual(before);
    }
  });
});
