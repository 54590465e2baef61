import { startPlayground, type TestApp } from '../helpers/strapi';
import { adminToken } from '../helpers/auth';

const REPORTER_UID = 'plugin::newsroom.reporter-profile';

describe('reporter names in either script: search, duplicates, what the panels already hold', () => {
  let app: TestApp;
  let token: string;
  const get = (url: string) => app.http().get(`/newsroom${url}`).set('Authorization', `Bearer ${token}`);
  const post = (url: string, body: object) => app.http().post(`/newsroom${url}`).set('Authorization', `Bearer ${token}`).send(body);
  const names = (res: { body: { data: { fullName: string }[] } }) => res.body.data.map((row) => row.fullName);
  const create = async (fullName: string, locale = 'en') =>
    ((await app.strapi.documents(REPORTER_UID as never).create({ locale, data: { fullName } } as never)) as { documentId: string }).documentId;

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
    token = await adminToken(app);
    // The seed has "Andriy Kovalchuk", written in Latin, in both locales.
    await create('Тарас Гнатюк', 'uk');
    await create('Григорій Сковорода');
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('finds a Latin name from Cyrillic and a Cyrillic one from Latin', async () => {
    expect(names(await get(`/reporters/search?search=${encodeURIComponent('Кова')}&locale=en`).expect(200))).toEqual(['Andriy Kovalchuk']);
    expect(names(await get(`/reporters/search?search=${encodeURIComponent('андрій')}&locale=uk`).expect(200))).toEqual(['Andriy Kovalchuk']);
    expect(names(await get('/reporters/search?search=Taras%20Hnat&locale=uk').expect(200))).toEqual(['Тарас Гнатюк']);
    expect(names(await get('/reporters/search?search=Hnatyuk&locale=uk').expect(200))).toEqual(['Тарас Гнатюк']);
    // Either reading of г: Ukrainian "Hryhorii", Russian "Grigory".
    expect(names(await get('/reporters/search?search=hryhorii%20skov').expect(200))).toEqual(['Григорій Сковорода']);
    expect(names(await get('/reporters/search?search=Grigory').expect(200))).toEqual(['Григорій Сковорода']);
    expect(names(await get('/reporters/directory?search=skovoroda').expect(200))).toEqual(['Григорій Сковорода']);
  });

  it('lists a profile and its other-script twin as likely duplicates in the directory', async () => {
    await create('Taras Hnatiuk', 'uk');
    const rows = (await get('/reporters/directory?search=hnat&locale=uk').expect(200)).body.data;
    expect(rows.map((row: { fullName: string; duplicates: { fullName: string }[] }) => [row.fullName, row.duplicates.map((d) => d.fullName)])).toEqual([
      ['Taras Hnatiuk', ['Тарас Гнатюк']],
      ['Тарас Гнатюк', ['Taras Hnatiuk']],
    ]);
  });

  it('refuses to quick-create a name that has a profile, in either script, unless told it is meant', async () => {
    const refused = await post('/reporters', { fullName: 'андрій КОВАЛЬЧУК', locale: 'en', publish: false }).expect(409);
    expect(refused.body.error.message).toBe('fullName: "Andriy Kovalchuk" already has a profile; send allowDuplicate: true to create another');
    expect(refused.body.error.details.existing).toMatchObject({
      fullName: 'Andriy Kovalchuk',
      slug: 'andriy-kovalchuk',
      locale: 'en',
      documentId: expect.any(String),
    });
    await post('/reporters', { fullName: 'Andrii Kovalchuk', locale: 'uk', publish: false }).expect(409);
    await post('/reporters', { fullName: 'Andriy Kovalenko', locale: 'en', publish: false }).expect(201);
    const meant = await post('/reporters', { fullName: 'Andriy Kovalchuk', locale: 'en', publish: false, allowDuplicate: true }).expect(201);
    expect(meant.body.data).toMatchObject({ fullName: 'Andriy Kovalchuk', slug: 'andriy-kovalchuk-2' });
    expect((await post('/reporters', { fullName: 'Someone', allowDuplicate: 'yes' }).expect(400)).body.error.message).toMatch(/^allowDuplicate: /);
  });

  it('leaves out the reporters and boxes a panel already holds', async () => {
    const all = (await get('/reporters/search?search=a&pageSize=100').expect(200)).body.data as { documentId: string }[];
    expect(all.length).toBeGreaterThanOrEqual(3);
    const held = all.slice(0, 2).map((row) => row.documentId);
    const rest = (await get(`/reporters/search?search=a&pageSize=100&exclude=${held.join(',')}`).expect(200)).body;
    expect(rest.data.map((row: { documentId: string }) => row.documentId)).toEqual(all.slice(2).map((row) => row.documentId));
    expect(rest.pagination.total).toBe(all.length - 2);
    expect((await get('/reporters/search?exclude=a,,b').expect(400)).body.error.message).toMatch(/^exclude: must be documentIds/);

    const boxes = (await get('/key-facts-boxes/search?pageSize=100').expect(200)).body.data as { documentId: string }[];
    expect(boxes.length).toBeGreaterThan(0);
    const left = (await get(`/key-facts-boxes/search?pageSize=100&exclude=${boxes[0].documentId}`).expect(200)).body.data as { documentId: string }[];
    expect(left.map((box) => box.documentId)).toEqual(boxes.slice(1).map((box) => box.documentId));
  });

  it('recomputes at start-up the keys stored before they held both scripts', async () => {
    const profiles = app.strapi.db.query(REPORTER_UID as never);
    const row = (await profiles.findOne({ where: { fullName: 'Григорій Сковорода', publishedAt: null } })) as { id: number };
    await profiles.update({ where: { id: row.id }, data: { searchName: 'григории сковорода' } });
    expect(names(await get('/reporters/search?search=skovoroda').expect(200))).toEqual([]);
    await app.strapi.plugin('newsroom').service('reporterProfileWrites').refreshSearchKeys();
    expect(names(await get('/reporters/search?search=skovoroda').expect(200))).toEqual(['Григорій Сковорода']);
  });

  it('gives an admin their own profile (the one whose adminUser they are), and null to others', async () => {
    expect((await get('/reporters/mine?locale=en').expect(200)).body).toEqual({ data: null });
    const me = (await app.http().get('/admin/users/me').set('Authorization', `Bearer ${token}`).expect(200)).body.data;
    const documentId = await create('Ліна Остапчук');
    await app.strapi.documents(REPORTER_UID as never).update({ documentId, locale: 'en', data: { adminUser: me.id } } as never);
    expect((await get('/reporters/mine?locale=en').expect(200)).body.data).toMatchObject({ documentId, fullName: 'Ліна Остапчук', published: false });
    expect((await get('/reporters/mine?locale=uk').expect(200)).body).toEqual({ data: null });
    expect((await get('/reporters/mine?page=2').expect(400)).body.error.message).toMatch(/^page: /);
  });

  it('finds published profiles across scripts on the public search too', async () => {
    const documentId = await create('Олена Марченко-Коваль');
    await app.strapi.documents(REPORTER_UID as never).publish({ documentId, locale: 'en' } as never);
    const res = await app.http().get('/api/newsroom/reporters?search=olena%20marchenko').expect(200);
    expect(res.body.data.map((row: { fullName: string }) => row.fullName)).toContain('Олена Марченко-Коваль');
  });
});
