import { startPlayground, type TestApp } from '../helpers/strapi';
import { ARTICLE_UID, BOX_UID, REPORTER_UID, createArticle, createBox, createReporter } from '../helpers/newsroom';

// The plugin's admin routes honour the Content Manager's conditions: a role limited to the entries
// it created (Strapi's Author, `admin::is-creator`) reads and writes through them only what it could
// open in the Content Manager. Every seeded role is tried, plus a test role with the same
// conditions and every Newsroom action, so the Newsroom page's routes are tried under conditions too.

type Role = 'Super Admin' | 'Editor' | 'Author' | 'read-only viewer' | 'Author with the Newsroom page';
type Owner = 'another admin' | 'the Author' | 'the desk author';

const PASSWORD = 'Newsroom-demo-2026';
const LOGINS: Record<Role, string> = {
  'Super Admin': 'editor@newsroom.local',
  Editor: 'desk-editor@newsroom.local',
  Author: 'reporter@newsroom.local',
  'read-only viewer': 'viewer@newsroom.local',
  'Author with the Newsroom page': 'desk-author@newsroom.test',
};
const ROLES = Object.keys(LOGINS) as Role[];
const OWNERS: Owner[] = ['another admin', 'the Author', 'the desk author'];
const WORD: Record<Owner, string> = { 'another admin': 'Other', 'the Author': 'Author', 'the desk author': 'Desk' };

/** Whose entries each role may read: unconditioned roles read everyone's, conditioned ones their own. */
const READS: Record<Role, Owner[]> = {
  'Super Admin': OWNERS,
  Editor: OWNERS,
  Author: ['the Author'],
  'read-only viewer': OWNERS,
  'Author with the Newsroom page': ['the desk author'],
};
/** Roles without the Newsroom page (plugin::newsroom.read): its routes answer 403 whatever the entry. */
const NO_NEWSROOM_PAGE: Role[] = ['Author'];

const reporterName = (owner: Owner) => `Quillon ${WORD[owner]}`;
const boxTitle = (owner: Owner) => `Quillon ${WORD[owner]} box`;
const beat = (owner: Owner) => `quillon-${WORD[owner].toLowerCase()}`;
const visible = (role: Role, of: (owner: Owner) => string) => READS[role].map(of).sort();
/** What the Key facts panel sends to save a box. */
const boxBody = (title: string, fact: string) => ({ title, kind: 'key-facts', facts: [{ text: fact, sources: [] }] });

describe('the admin routes under the Content Manager’s conditions', () => {
  let app: TestApp;
  const tokens = {} as Record<Role, string>;
  const userIds = {} as Record<Owner, number>;
  const ids = {} as Record<Owner, { reporter: string; box: string; article: string }>;

  const call = (role: Role, method: 'get' | 'post' | 'put', url: string, body?: object) => {
    const req = app.http()[method](`/newsroom${url}`).set('Authorization', `Bearer ${tokens[role]}`);
    return body ? req.send(body) : req;
  };
  const ownBy = (uid: string, documentId: string, owner: Owner) =>
    app.strapi.db.query(uid as never).updateMany({ where: { documentId }, data: { createdBy: userIds[owner], updatedBy: userIds[owner] } });
  const storedBox = async (documentId: string) =>
    (await app.strapi.db.query(BOX_UID as never).findOne({ where: { documentId, locale: 'en', publishedAt: null }, populate: { facts: true } })) as any;
  const mergedInto = async (documentId: string) =>
    ((await app.strapi.db.query(REPORTER_UID as never).findOne({ where: { documentId, locale: 'en', publishedAt: null } })) as any).mergedInto;

  /** A reporter profile owned by `owner`, in en (draft and published). */
  const reporterOf = async (owner: Owner, fullName: string, extra: Record<string, unknown> = {}) => {
    const documentId = await createReporter(app, fullName, extra);
    await ownBy(REPORTER_UID, documentId, owner);
    return documentId;
  };

  /** A test role: the Author's Content Manager permissions and conditions, and every Newsroom action. */
  const createDeskAuthorRole = async () => {
    const roles = app.strapi.service('admin::role');
    const author = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    const authorPermissions = (await app.strapi.db.query('admin::permission').findMany({ where: { role: author.id } })) as any[];
    const role = await roles.create({ name: 'Desk author', code: 'desk-author', description: 'Author with the Newsroom page' });
    const locales = ((await app.strapi.plugin('i18n').service('locales').find()) as { code: string }[]).map((l) => l.code);
    await roles.addPermissions(role.id, [
      ...authorPermissions.map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions })),
      ...[BOX_UID, REPORTER_UID].map((subject) => ({
        action: 'plugin::content-manager.explorer.publish',
        subject,
        properties: { locales },
        conditions: ['admin::is-creator'],
      })),
      ...['read', 'panels.read', 'panels.update', 'reporters.merge'].map((action) => ({
        action: `plugin::newsroom.${action}`,
        subject: null,
        properties: {},
        conditions: [],
      })),
    ]);
    await app.strapi.service('admin::user').create({
      email: LOGINS['Author with the Newsroom page'],
      firstname: 'Desk',
      lastname: 'Author',
      password: PASSWORD,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  };

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
    await createDeskAuthorRole();
    const editorRole = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    const other = await app.strapi.service('admin::user').create({
      email: 'other-editor@newsroom.test',
      firstname: 'Other',
      lastname: 'Editor',
      password: PASSWORD,
      isActive: true,
      registrationToken: null,
      roles: [editorRole.id],
    });
    const userId = async (email: string) => ((await app.strapi.db.query('admin::user').findOne({ where: { email } })) as any).id as number;
    userIds['another admin'] = other.id;
    userIds['the Author'] = await userId(LOGINS.Author);
    userIds['the desk author'] = await userId(LOGINS['Author with the Newsroom page']);

    for (const owner of OWNERS) {
      const reporter = await reporterOf(owner, reporterName(owner), { beats: [beat(owner)] });
      const box = await createBox(app, boxTitle(owner));
      await ownBy(BOX_UID, box, owner);
      const article = await createArticle(app, `Quillon ${WORD[owner]} article`, [{ reporter, role: 'author' }], { keyFacts: [box] });
      await ownBy(ARTICLE_UID, article, owner);
      ids[owner] = { reporter, box, article };
    }
    for (const role of ROLES) {
      const res = await app.http().post('/admin/login').send({ email: LOGINS[role], password: PASSWORD }).expect(200);
      tokens[role] = res.body.data.token;
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  describe.each(ROLES)('%s', (role) => {
    const mayRead = (owner: Owner) => READS[role].includes(owner);
    const hasPage = !NO_NEWSROOM_PAGE.includes(role);

    it.each(OWNERS)('reads the stored credits and boxes of an article by %s only if it may open it', async (owner) => {
      const res = await call(role, 'get', `/entries/${ARTICLE_UID}/${ids[owner].article}?locale=en`);
      if (mayRead(owner)) {
        expect(res.status).toBe(200);
        expect(res.body.data.credits.map((credit: any) => credit.reporter?.fullName)).toEqual([reporterName(owner)]);
        expect(res.body.data.keyFacts.map((box: any) => box.title)).toEqual([boxTitle(owner)]);
      } else {
        expect(res.status).toBe(403);
        expect(res.body.data).toBeFalsy();
      }
    });

    it('finds in the reporter typeahead only the profiles it may read', async () => {
      const res = await call(role, 'get', '/reporters/search?search=quillon&locale=en&pageSize=100').expect(200);
      expect(res.body.data.map((r: any) => r.fullName).sort()).toEqual(visible(role, reporterName));
      expect(res.body.pagination.total).toBe(READS[role].length);
    });

    it('lists in the reporters directory, with their beats, only the profiles it may read', async () => {
      const directory = await call(role, 'get', '/reporters/directory?search=quillon&locale=en&pageSize=100');
      const facets = await call(role, 'get', '/reporters/facets?locale=en');
      if (!hasPage) {
        expect([directory.status, facets.status]).toEqual([403, 403]);
        return;
      }
      expect(directory.status).toBe(200);
      expect(directory.body.data.map((r: any) => r.fullName).sort()).toEqual(visible(role, reporterName));
      expect(directory.body.pagination.total).toBe(READS[role].length);
      expect(facets.status).toBe(200);
      expect(facets.body.data.beats.filter((b: string) => b.startsWith('quillon'))).toEqual(visible(role, beat));
    });

    it('finds in the box search and the key-facts library only the boxes it may read', async () => {
      const search = await call(role, 'get', '/key-facts-boxes/search?search=quillon&locale=en&pageSize=100').expect(200);
      expect(search.body.data.map((box: any) => box.title).sort()).toEqual(visible(role, boxTitle));
      expect(search.body.pagination.total).toBe(READS[role].length);
      const library = await call(role, 'get', '/key-facts-boxes/library?search=quillon&locale=en&pageSize=100');
      if (!hasPage) {
        expect(library.status).toBe(403);
        return;
      }
      expect(library.status).toBe(200);
      expect(library.body.data.map((box: any) => box.title).sort()).toEqual(visible(role, boxTitle));
    });

    it.each(OWNERS)('opens a box by %s only if it may read it', async (owner) => {
      const res = await call(role, 'get', `/key-facts-boxes/${ids[owner].box}?locale=en`);
      if (mayRead(owner)) {
        expect(res.status).toBe(200);
        expect(res.body.data).toMatchObject({ documentId: ids[owner].box, title: boxTitle(owner) });
      } else {
        expect(res.status).toBe(403);
        expect(res.body.data).toBeFalsy();
      }
    });

    it.each(OWNERS)('changes a box by %s only if it may update it, and a refused save changes nothing', async (owner) => {
      const { box } = ids[owner];
      const before = await storedBox(box);
      const text = `Checked by ${role}.`;
      const res = await call(role, 'put', `/key-facts-boxes/${box}`, { locale: 'en', data: boxBody(boxTitle(owner), text) });
      // The Author and the viewer may not publish boxes at all; the desk author only its own.
      const mayUpdate = role === 'Super Admin' || role === 'Editor' || (role === 'Author with the Newsroom page' && owner === 'the desk author');
      const after = await storedBox(box);
      if (mayUpdate) {
        expect(res.status).toBe(200);
        expect(after.facts.map((fact: any) => fact.text)).toEqual([text]);
      } else {
        expect(res.status).toBe(403);
        expect(after.facts.map((fact: any) => fact.text)).toEqual(before.facts.map((fact: any) => fact.text));
        expect(after.updatedAt).toEqual(before.updatedAt);
      }
    });

    it('owns what it creates, so it can open it again', async () => {
      const may = role !== 'read-only viewer';
      const fullName = `Newcomer ${role}`;
      const created = await call(role, 'post', '/reporters', { fullName, publish: false, locale: 'en' });
      expect(created.status).toBe(may ? 201 : 403);
      const found = await call(role, 'get', `/reporters/search?search=${encodeURIComponent(fullName)}&locale=en`).expect(200);
      expect(found.body.data.map((r: any) => r.fullName)).toEqual(may ? [fullName] : []);

      const mayCreateBoxes = role === 'Super Admin' || role === 'Editor' || role === 'Author with the Newsroom page';
      const box = await call(role, 'post', '/key-facts-boxes', { locale: 'en', data: boxBody(`New box of ${role}`, 'A fact.') });
      expect(box.status).toBe(mayCreateBoxes ? 201 : 403);
      if (mayCreateBoxes) await call(role, 'get', `/key-facts-boxes/${box.body.data.documentId}?locale=en`).expect(200);
    });

    it('merges only profiles it may update, both of them, and a refused merge moves nothing', async () => {
      const mayMerge = role === 'Super Admin' || role === 'Editor' || role === 'Author with the Newsroom page';
      const own: Owner = role === 'Author with the Newsroom page' ? 'the desk author' : 'another admin';
      const others = await reporterOf('another admin', `Mergee ${role} of another`);
      const [source, target] = [await reporterOf(own, `Mergee ${role} A`), await reporterOf(own, `Mergee ${role} B`)];
      const article = await createArticle(app, `Mergee ${role} article`, [{ reporter: source, role: 'author' }]);

      // Unconditioned roles may merge anything; the others are refused as soon as either profile is not theirs.
      if (role !== 'Super Admin' && role !== 'Editor') {
        for (const [from, to] of [
          [others, target],
          [source, others],
        ]) {
          const refused = await call(role, 'post', '/reporters/merge', { sourceDocumentId: from, targetDocumentId: to });
          expect(refused.status).toBe(403);
          expect([await mergedInto(from), await mergedInto(to)]).toEqual([null, null]);
        }
      }
      const res = await call(role, 'post', '/reporters/merge', { sourceDocumentId: source, targetDocumentId: target });
      const stored = (await app.strapi.db.query(ARTICLE_UID as never).findOne({
        where: { documentId: article, locale: 'en', publishedAt: null },
        populate: { credits: { populate: { reporter: true } } },
      })) as any;
      if (mayMerge) {
        expect(res.status).toBe(200);
        expect(await mergedInto(source)).toBe(target);
        expect(stored.credits.map((credit: any) => credit.reporter.documentId)).toEqual([target]);
      } else {
        expect(res.status).toBe(403);
        expect(await mergedInto(source)).toBeNull();
        expect(stored.credits.map((credit: any) => credit.reporter.documentId)).toEqual([source]);
      }
    });
  });
});
