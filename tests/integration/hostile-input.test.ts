import { startPlayground, type TestApp } from '../helpers/strapi';
import { adminToken, apiToken } from '../helpers/auth';
import { stableJson } from '../helpers/snapshot';
import { expectNoLeaks } from '../helpers/leaks';
import { ARTICLE_UID, BOX_UID, REPORTER_UID, boxData } from '../helpers/newsroom';

/**
 * The bad-input corpus: every hostile value in every field of the plugin's types, through every
 * write path. Each must be refused with a 4xx naming the field, with the stored data unchanged.
 */
const SCRIPT_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  'x" onmouseover="alert(1)',
  '&lt;script&gt;',
  '<svg/onload=alert(1)>',
];
const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://',
  'not a url',
  'ftp://example.org/f',
];
const LONG = 'x'.repeat(10001);

interface Case {
  label: string;
  path: string;
  data: Record<string, unknown>;
}

const reporterBase = { fullName: 'Hostile Test', staffStatus: 'active', bylineMode: 'named' };
const reporterCases = (): Case[] => {
  const cases: Case[] = [];
  const textFields: Array<[string, (v: unknown) => Record<string, unknown>]> = [
    ['fullName', (v) => ({ fullName: v })],
    ['jobTitle', (v) => ({ jobTitle: v })],
    ['shortBio', (v) => ({ shortBio: v })],
    ['photoAlt', (v) => ({ photoAlt: v })],
    ['pronouns', (v) => ({ pronouns: v })],
    ['basedIn', (v) => ({ basedIn: v })],
    ['beats[0]', (v) => ({ beats: [v] })],
    ['socialLinks[0].network', (v) => ({ socialLinks: [{ network: v, url: 'https://example.org' }] })],
  ];
  for (const [path, build] of textFields) {
    for (const value of SCRIPT_TEXT) cases.push({ label: `markup in ${path}`, path, data: build(value) });
    cases.push({ label: `over-long ${path}`, path, data: build(LONG) });
    cases.push({ label: `a number for ${path}`, path, data: build(42) });
    cases.push({ label: `an object for ${path}`, path, data: build({ $gt: '' }) });
  }
  for (const url of BAD_URLS) {
    cases.push({ label: `${url} in sameAs`, path: 'sameAs[0]', data: { sameAs: [url] } });
    cases.push({ label: `${url} in a social link`, path: 'socialLinks[0].url', data: { socialLinks: [{ network: 'x', url }] } });
    cases.push({
      label: `${url} as a bio link`,
      path: 'bio[0].children[0].url',
      data: { bio: [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'x' }] }] }] },
    });
  }
  cases.push(
    { label: 'an empty name', path: 'fullName', data: { fullName: '' } },
    { label: 'a null name', path: 'fullName', data: { fullName: null } },
    {
      label: 'a javascript: image in the bio',
      path: 'bio[0].image.url',
      data: { bio: [{ type: 'image', image: { url: 'javascript:alert(1)' }, children: [{ type: 'text', text: '' }] }] },
    },
    { label: 'a bio that is not blocks', path: 'bio', data: { bio: '<p>hi</p>' } },
    { label: 'languages as a string', path: 'languages', data: { languages: 'en' } },
    { label: 'an SQL language', path: 'languages[0]', data: { languages: ["en'; DROP TABLE newsroom_reporter_profiles; --"] } },
    { label: 'a malformed email', path: 'publicEmail', data: { publicEmail: 'a@b' } },
    { label: 'an email with markup', path: 'publicEmail', data: { publicEmail: '<script>@example.org' } },
    { label: 'noindex as a string', path: 'noindex', data: { noindex: 'yes' } },
    { label: 'an unknown staff status', path: 'staffStatus', data: { staffStatus: 'fired' } },
    { label: 'an unknown byline mode', path: 'bylineMode', data: { bylineMode: 'secret' } },
    { label: 'an unknown field', path: 'isAdmin', data: { isAdmin: true } },
    { label: 'a slug with a path', path: 'slug', data: { slug: '../../etc/passwd' } },
    { label: 'socialLinks as an object', path: 'socialLinks', data: { socialLinks: { network: 'x' } } }
  );
  return cases;
};

const boxCases = (): Case[] => {
  const cases: Case[] = [];
  const fact = (extra: Record<string, unknown> = {}) => ({ text: 'A fact.', sources: [{ name: 'S', url: 'https://example.org' }], ...extra });
  const textFields: Array<[string, (v: unknown) => Record<string, unknown>]> = [
    ['title', (v) => ({ title: v })],
    ['facts[0].text', (v) => ({ facts: [fact({ text: v })] })],
    ['facts[0].label', (v) => ({ facts: [fact({ label: v })] })],
    ['facts[0].sources[0].name', (v) => ({ facts: [fact({ sources: [{ name: v, url: 'https://example.org' }] })] })],
    ['claimReviewed', (v) => ({ kind: 'fact-check', rating: { value: 1, label: 'False' }, claimReviewed: v })],
    ['claimAuthor', (v) => ({ kind: 'fact-check', rating: { value: 1, label: 'False' }, claimReviewed: 'c', claimAuthor: v })],
    ['rating.label', (v) => ({ kind: 'fact-check', claimReviewed: 'c', rating: { value: 1, label: v } })],
  ];
  for (const [path, build] of textFields) {
    for (const value of SCRIPT_TEXT) cases.push({ label: `markup in ${path}`, path, data: build(value) });
    cases.push({ label: `over-long ${path}`, path, data: build(LONG) });
    cases.push({ label: `a number for ${path}`, path, data: build(7) });
  }
  for (const url of BAD_URLS)
    cases.push({ label: `${url} as a source`, path: 'facts[0].sources[0].url', data: { facts: [fact({ sources: [{ name: 'S', url }] })] } });
  cases.push(
    { label: 'facts as a string', path: 'facts', data: { facts: 'fact' } },
    { label: 'a fact without text', path: 'facts[0].text', data: { facts: [{ sources: [] }] } },
    { label: 'sources as a string', path: 'facts[0].sources', data: { facts: [fact({ sources: 'https://example.org' })] } },
    { label: 'an impossible date', path: 'facts[0].date', data: { facts: [fact({ date: '2026-13-01' })] } },
    { label: 'a date with SQL', path: 'facts[0].date', data: { facts: [fact({ date: "2026-01-01' OR '1'='1" })] } },
    { label: 'a rating as a string', path: 'rating.value', data: { kind: 'fact-check', claimReviewed: 'c', rating: { value: 'five', label: 'x' } } },
    { label: 'a rating of 0', path: 'rating.value', data: { kind: 'fact-check', claimReviewed: 'c', rating: { value: 0, label: 'x' } } },
    { label: 'a verification time that is not a time', path: 'lastVerifiedAt', data: { lastVerifiedAt: 'yesterday' } },
    { label: 'an unknown field', path: 'published', data: { published: true } }
  );
  return cases;
};

describe('the bad-input corpus', () => {
  let app: TestApp;
  let token: string;
  let admin: string;
  let reporterId: string;
  let draftBoxId: string;
  const tried = { writes: 0, queries: 0 };

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
    token = await apiToken(app, 'full-access');
    admin = await adminToken(app);
    const reporter = (await app.strapi.db.query(REPORTER_UID).findOne({ where: { slug: 'tim-zadorozhnyy' } })) as any;
    reporterId = reporter.documentId;
    draftBoxId = ((await app.strapi.documents(BOX_UID as never).create({ locale: 'en', data: boxData('Draft-only box') } as never)) as any).documentId;
  });
  afterAll(async () => {
    // eslint-disable-next-line no-console
    console.log(`hostile inputs tried: ${tried.writes} writes, ${tried.queries} queries`);
    await app?.stop();
  });

  const snapshot = async () =>
    stableJson({
      reporters: await app.strapi.db.query(REPORTER_UID).findMany({ orderBy: { id: 'asc' }, populate: { socialLinks: true, photo: { select: ['id'] } } }),
      boxes: await app.strapi.db.query(BOX_UID).findMany({ orderBy: { id: 'asc' }, populate: { facts: { populate: { sources: true } }, rating: true } }),
      articles: await app.strapi.db
        .query(ARTICLE_UID)
        .findMany({ orderBy: { id: 'asc' }, populate: { credits: { populate: { reporter: { select: ['id'] } } }, keyFacts: { select: ['id'] } } }),
    });

  type Write = (uid: string, data: Record<string, unknown>) => Promise<{ status: number; text: string }>;
  const ways: Record<string, Write> = {
    'Document Service': async (uid, data) => {
      try {
        await app.strapi.documents(uid as never).create({ locale: 'en', data } as never);
        return { status: 200, text: '' };
      } catch (error: any) {
        const status = error.name === 'ValidationError' ? 400 : (error.status ?? 500);
        return { status, text: `${error.message} ${JSON.stringify(error.details ?? {})}` };
      }
    },
    'content API': async (uid, data) => {
      const path = { [REPORTER_UID]: '/api/newsroom/reporter-profiles', [BOX_UID]: '/api/newsroom/key-facts-boxes', [ARTICLE_UID]: '/api/articles' }[uid]!;
      const res = await app.http().post(`${path}?locale=en`).set('Authorization', `Bearer ${token}`).send({ data });
      return { status: res.status, text: JSON.stringify(res.body.error ?? {}) };
    },
    admin: async (uid, data) => {
      const res = await app.http().post(`/content-manager/collection-types/${uid}?locale=en`).set('Authorization', `Bearer ${admin}`).send(data);
      return { status: res.status, text: JSON.stringify(res.body.error ?? {}) };
    },
  };

  const expectRefused = async (write: Write, uid: string, data: Record<string, unknown>, path: string, label: string) => {
    const before = await snapshot();
    const result = await write(uid, data);
    tried.writes += 1;
    expect({ label, path, status: result.status >= 400 && result.status < 500 ? '4xx' : result.status }).toEqual({ label, path, status: '4xx' });
    // The message names the field: its full path, or (Strapi's own validators) its top-level name.
    expect({ label, names: result.text.includes(path) || result.text.includes(path.split(/[[.]/)[0]) }).toEqual({ label, names: true });
    expect(await snapshot()).toBe(before);
  };

  describe.each(Object.keys(ways))('through %s', (wayName) => {
    it('refuses every hostile reporter profile', async () => {
      for (const c of reporterCases()) await expectRefused(ways[wayName], REPORTER_UID, { ...reporterBase, ...c.data }, c.path, c.label);
    });

    it('refuses every hostile key-facts box', async () => {
      for (const c of boxCases()) await expectRefused(ways[wayName], BOX_UID, boxData('Hostile box', c.data), c.path, c.label);
    });

    it('refuses hostile credits and key facts on an article', async () => {
      const article = (over: Record<string, unknown>) => ({
        title: 'Hostile article',
        slug: `hostile-${Date.now()}`,
        publishedDate: '2026-01-12',
        category: 'war',
        ...over,
      });
      const cases: Array<[string, Record<string, unknown>]> = [
        ['credits[0].role', { credits: [{ reporter: reporterId, role: 'admin' }] }],
        ['credits[0].role', { credits: [{ reporter: reporterId, role: "author' OR 1=1 --" }] }],
        ['credits[0].note', { credits: [{ reporter: reporterId, role: 'author', note: SCRIPT_TEXT[0] }] }],
        ['credits[0].note', { credits: [{ reporter: reporterId, role: 'author', note: LONG }] }],
        ['credits[0].reporter', { credits: [{ reporter: 'doesnotexistdoesnotexist', role: 'author' }] }],
        ['credits[0].reporter', { credits: [{ reporter: { $ne: null }, role: 'author' }] }],
        ['credits[0].reporter', { credits: [{ role: 'author' }] }],
        ['credits', { credits: 'Tim' }],
        ['keyFacts', { keyFacts: ['doesnotexistdoesnotexist'] }],
        ['keyFacts', { keyFacts: [{ $gt: 0 }] }],
      ];
      for (const [path, over] of cases) await expectRefused(ways[wayName], ARTICLE_UID, article(over), path, path);
    });
  });

  it('refuses to publish an article crediting a draft-only box it cannot show', async () => {
    // A draft-only box can be attached to a draft; the public never sees it (the published
    // article links published boxes only).
    const documents = app.strapi.documents(ARTICLE_UID as never);
    const created = (await documents.create({
      locale: 'en',
      data: { title: 'With draft box', slug: 'with-draft-box', publishedDate: '2026-01-12', category: 'war', keyFacts: [draftBoxId] },
    } as never)) as any;
    await documents.publish({ documentId: created.documentId, locale: 'en' } as never);
    const res = await app.http().get(`/api/newsroom/bylines/articles/${created.documentId}`).expect(200);
    expect(res.body.data.keyFacts).toEqual([]);
    const rest = await app.http().get(`/api/articles/${created.documentId}?populate=keyFacts`).expect(200);
    expect(rest.body.data.keyFacts).toEqual([]);
  });

  describe('injection in queries', () => {
    const plugin: Array<[string, string]> = [
      ['/api/newsroom/reporters?search[$ne]=x', 'search'],
      ['/api/newsroom/reporters?search[]=a&search[]=b', 'search'],
      ['/api/newsroom/reporters?beat[$where]=1', 'beat'],
      ['/api/newsroom/reporters?language=en%27%20OR%201=1', 'language'],
      ['/api/newsroom/reporters?status[$in][0]=active', 'status'],
      ['/api/newsroom/reporters?pageSize=99999999', 'pageSize'],
      ['/api/newsroom/reporters?pageSize=-1', 'pageSize'],
      ['/api/newsroom/reporters?page=1e9', 'page'],
      ['/api/newsroom/reporters?filters[$where]=1', 'filters'],
      ['/api/newsroom/reporters?sort=internalNotes', 'sort'],
      ['/api/newsroom/reporters?populate=*', 'populate'],
      ['/api/newsroom/reporters?locale[$ne]=en', 'locale'],
      ['/api/newsroom/reporters/tim-zadorozhnyy?pageSize=1000', 'pageSize'],
      ['/api/newsroom/reporters/tim-zadorozhnyy?populate[adminUser]=true', 'populate'],
      ['/api/newsroom/reporters/tim-zadorozhnyy/json-ld?locale=xx', 'locale'],
      ['/api/newsroom/key-facts/abc?locale[$gt]=', 'locale'],
    ];
    it.each(plugin)('the plugin answers %s with a 400 naming %s', async (url, field) => {
      tried.queries += 1;
      const res = await app.http().get(url);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    });

    const core: string[] = [
      '/api/articles?filters[$where]=1',
      '/api/articles?filters[credits][reporter][internalNotes][$contains]=a',
      '/api/articles?filters[credits][reporter][adminUser][email][$contains]=a',
      '/api/articles?filters[credits][reporter][searchName][$contains]=a',
      '/api/articles?sort=credits.reporter.internalNotes',
      '/api/articles?populate[credits][populate][reporter][populate][adminUser]=*',
      '/api/newsroom/reporter-profiles?filters[internalNotes][$notNull]=true',
      '/api/newsroom/reporter-profiles?fields[0]=internalNotes',
      '/api/newsroom/reporter-profiles?populate=adminUser',
      '/api/newsroom/reporter-profiles?sort=facets',
      '/api/newsroom/key-facts-boxes?filters[$or][0][$where]=1',
    ];
    it.each(core)('Strapi refuses %s with a 4xx, without leaking', async (url) => {
      tried.queries += 1;
      const res = await app.http().get(url);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      // The error names the refused key; no data comes with it.
      expect(res.body.data).toBeNull();
    });

    const harmless: string[] = [
      "/api/newsroom/reporters?search=' OR 1=1 --",
      '/api/newsroom/reporters?search=%25',
      '/api/newsroom/reporters?search=_',
      '/api/newsroom/reporters?search=%5C',
      '/api/newsroom/reporters?beat=%25%27%3B--',
      `/api/newsroom/reporters?search=${encodeURIComponent('<script>alert(1)</script>')}`,
      '/api/articles?pagination[pageSize]=100000&populate[credits][populate][reporter]=true',
      '/api/articles?filters[title][$containsi]=%27%20OR%201=1',
      // Strapi drops the upload's `related` morph from public output: nothing reaches back to profiles.
      '/api/articles?populate[credits][populate][reporter][populate][photo][populate][related]=*',
    ];
    it.each(harmless)('is answered as plain data, leaking nothing: %s', async (url) => {
      tried.queries += 1;
      const res = await app.http().get(url);
      expect(res.status).toBe(200);
      expectNoLeaks(res.body, url);
      if (url.startsWith('/api/newsroom/reporters')) expect(res.body.data).toEqual([]);
      else expect(res.body.data.length).toBeLessThanOrEqual(100);
    });
  });
});
