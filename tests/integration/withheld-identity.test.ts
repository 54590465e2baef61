/**
 * Privacy by construction: while a reporter is withheld, no row the public can read holds their
 * identity (checked in the database itself, not through an API), editors still see and edit it in
 * the Content Manager, and switching the mode moves it both ways on every row.
 */
import { startPlayground, type TestApp } from '../helpers/strapi';
import { adminToken } from '../helpers/auth';
import { withheldReporter } from '../helpers/seed';

const UID = 'plugin::newsroom.reporter-profile';
const CM = `/content-manager/collection-types/${UID}`;
// Attributes the content API never outputs, filters or sorts by.
const PRIVATE = ['withheldIdentity', 'withheldSlug', 'searchName', 'facets', 'internalNotes', 'photoFileId', 'adminUser', 'mergedInto'];

const markers = [
  withheldReporter.fullName,
  ...withheldReporter.fullName.split(' '),
  withheldReporter.slug,
  withheldReporter.publicEmail!,
  withheldReporter.photoAlt!,
  withheldReporter.en.shortBio,
  withheldReporter.uk.shortBio,
  'Melitopol',
  't.me/demo_maryna',
].map((m) => m.toLowerCase());

describe('a withheld reporter’s identity is absent from every public row', () => {
  let app: TestApp;
  let token: string;
  let documentId: string;
  const cm = (method: 'get' | 'put' | 'post', path: string) => app.http()[method](path).set('Authorization', `Bearer ${token}`);

  /** Every row of the document, with what the public could reach through it. */
  const rowsOf = async () =>
    (await app.strapi.db.query(UID).findMany({ where: { documentId }, populate: { photo: true, socialLinks: true } })) as Record<string, any>[];

  const expectSealed = async (context: string) => {
    const rows = await rowsOf();
    expect(rows.length).toBeGreaterThanOrEqual(4); // en and uk, draft and published
    for (const row of rows) {
      const shown = Object.fromEntries(Object.entries(row).filter(([key]) => !PRIVATE.includes(key)));
      const text = JSON.stringify(shown).toLowerCase();
      expect({ context, locale: row.locale, published: Boolean(row.publishedAt), leaks: markers.filter((m) => text.includes(m)) }).toEqual({
        context,
        locale: row.locale,
        published: Boolean(row.publishedAt),
        leaks: [],
      });
      expect(row).toMatchObject({ bylineMode: 'withheld', slug: null, photo: null, socialLinks: [] });
    }
  };

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
    token = await adminToken(app);
    const [row] = await app.strapi.db.query(UID).findMany({ where: { withheldSlug: withheldReporter.slug } });
    documentId = row.documentId;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('holds only the withheld presentation in every locale, draft and published, with no photo link', async () => {
    await expectSealed('seeded');
    const [row] = await rowsOf();
    const file = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: row.photoFileId } });
    expect(JSON.stringify(file).toLowerCase()).not.toContain('maryna');
    expect(JSON.stringify(file).toLowerCase()).not.toContain('kravets');
  });

  it('shows editors the real identity in the Content Manager', async () => {
    const res = await cm('get', `${CM}/${documentId}?locale=uk`).expect(200);
    expect(res.body.data).toMatchObject({
      fullName: withheldReporter.fullName,
      slug: withheldReporter.slug,
      bylineMode: 'withheld',
      shortBio: withheldReporter.uk.shortBio,
      socialLinks: [expect.objectContaining({ network: 'telegram' })],
      photo: expect.objectContaining({ url: expect.stringContaining('/uploads/') }),
    });
    expect(res.body.data).not.toHaveProperty('withheldIdentity');
  });

  it('keeps an editor’s change made while withheld private, in every locale', async () => {
    const form = (await cm('get', `${CM}/${documentId}?locale=en`).expect(200)).body.data;
    await cm('put', `${CM}/${documentId}?locale=en`)
      .send({ ...form, basedIn: 'Kherson' })
      .expect(200);
    await expectSealed('after a Content Manager save');
    for (const locale of ['en', 'uk']) {
      const shown = (await cm('get', `${CM}/${documentId}?locale=${locale}`).expect(200)).body.data;
      expect({ locale, basedIn: shown.basedIn, fullName: shown.fullName }).toEqual({ locale, basedIn: 'Kherson', fullName: withheldReporter.fullName });
    }
  });

  it('reserves the slug: a new reporter of the same name gets another', async () => {
    const created = await app.strapi.documents(UID as never).create({ locale: 'en', data: { fullName: withheldReporter.fullName } } as never);
    expect((created as unknown as { slug: string }).slug).toBe(`${withheldReporter.slug}-2`);
  });

  it('gives the identity back when named again and published, photo and links included', async () => {
    // The form as the Content Manager sends it: the document's status is not a field.
    const { status: _status, ...form } = (await cm('get', `${CM}/${documentId}?locale=en`).expect(200)).body.data;
    await cm('post', `${CM}/${documentId}/actions/publish?locale=en`)
      .send({ ...form, bylineMode: 'named' })
      .expect(200);
    const page = await app.http().get(`/api/newsroom/reporters/${withheldReporter.slug}?locale=en`).expect(200);
    expect(page.body.data).toMatchObject({
      fullName: withheldReporter.fullName,
      basedIn: 'Kherson',
      shortBio: withheldReporter.en.shortBio,
      socialLinks: [expect.objectContaining({ network: 'telegram' })],
      photo: expect.objectContaining({ url: expect.stringContaining('/uploads/') }),
    });
    const drafts = (await rowsOf()).filter((row) => row.publishedAt === null);
    for (const row of drafts) expect(row).toMatchObject({ bylineMode: 'named', withheldIdentity: null, withheldSlug: null, slug: withheldReporter.slug });
  });

  it('seals at start-up a profile withheld before this mechanism (written straight to the database)', async () => {
    const documents = app.strapi.documents(UID as never);
    const created = (await documents.create({ locale: 'en', data: { fullName: 'Oksana Legacy', basedIn: 'Odesa' } } as never)) as unknown as {
      documentId: string;
    };
    await documents.publish({ documentId: created.documentId, locale: 'en' } as never);
    await app.strapi.db.query(UID).updateMany({ where: { documentId: created.documentId }, data: { bylineMode: 'withheld' } });
    await app.strapi.plugin('newsroom').service('withheldIdentity').sealUnsettled();
    const rows = (await app.strapi.db.query(UID).findMany({ where: { documentId: created.documentId } })) as Record<string, any>[];
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ fullName: 'Staff reporter', slug: null, basedIn: null, withheldSlug: 'oksana-legacy' });
      expect(row.withheldIdentity).toMatchObject({ fullName: 'Oksana Legacy', basedIn: 'Odesa' });
    }
  });

  it('withholds at once: a draft switched to withheld seals the published rows too, without publishing', async () => {
    await app.strapi.documents(UID as never).update({ documentId, locale: 'uk', data: { bylineMode: 'withheld' } } as never);
    await expectSealed('after withholding the draft');
    await app.http().get(`/api/newsroom/reporters/${withheldReporter.slug}?locale=en`).expect(404);
    const shown = (await cm('get', `${CM}/${documentId}?locale=en`).expect(200)).body.data;
    expect(shown).toMatchObject({ fullName: withheldReporter.fullName, basedIn: 'Kherson', slug: withheldReporter.slug });
  });
});
