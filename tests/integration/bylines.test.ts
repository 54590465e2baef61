import { startPlayground, type TestApp } from '../helpers/strapi';
import { expectNoLeaks } from '../helpers/leaks';
import { seedArticles, seedReporters, withheldReporter } from '../helpers/seed';
import { ARTICLE_UID, createArticle, createReporter } from '../helpers/newsroom';

describe('GET /api/newsroom/bylines/:pluralName/:documentId', () => {
  let app: TestApp;
  const documentIdOf = async (slug: string) =>
    ((await app.strapi.db.query(ARTICLE_UID).findOne({ where: { slug, locale: 'en', publishedAt: { $notNull: true } } })) as any).documentId as string;
  const byline = async (documentId: string, locale = 'en') =>
    (await app.http().get(`/api/newsroom/bylines/articles/${documentId}?locale=${locale}`).expect(200)).body.data;

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('gives the Zelensky article its byline, credits and JSON-LD in English and Ukrainian', async () => {
    const id = await documentIdOf(seedArticles[0].slug);
    const en = await byline(id, 'en');
    expect(en.byline.text).toBe('By Tim Zadorozhnyy.');
    expect(en.credits).toEqual([
      { role: 'author', note: null, reporter: expect.objectContaining({ fullName: 'Tim Zadorozhnyy', jobTitle: 'Reporter', slug: 'tim-zadorozhnyy' }) },
    ]);
    expect(en.jsonLd.author).toEqual([
      expect.objectContaining({
        '@type': 'Person',
        name: 'Tim Zadorozhnyy',
        url: 'https://newsroom.example.org/reporters/tim-zadorozhnyy',
        jobTitle: 'Reporter',
        image: expect.stringMatching(/^http/),
      }),
    ]);
    const uk = await byline(id, 'uk');
    expect(uk.byline.text).toBe('Автор: Tim Zadorozhnyy.');
    expect(uk.credits[0].reporter.jobTitle).toBe('Кореспондент');
    expectNoLeaks(en);
    expectNoLeaks(uk);
  });

  it('names every seeded article’s credits in order, and never leaks', async () => {
    for (const article of seedArticles) {
      const data = await byline(await documentIdOf(article.slug));
      const names = article.credits.map((c) => {
        const reporter = seedReporters.find((r) => r.slug === c.reporter)!;
        return reporter.bylineMode === 'withheld' ? 'Staff reporter' : reporter.fullName;
      });
      expect(data.credits.map((c: any) => c.reporter.fullName)).toEqual(names);
      expect(data.credits.map((c: any) => c.role)).toEqual(article.credits.map((c) => c.role));
      expectNoLeaks(data, article.slug);
    }
  });

  it('shows a withheld author as the configured text and the organization, in both locales', async () => {
    const article = seedArticles.find((a) => a.credits.some((c) => c.reporter === withheldReporter.slug))!;
    const id = await documentIdOf(article.slug);
    const en = await byline(id, 'en');
    expect(en.byline.lines[0].text).toBe('By Staff reporter');
    expect(en.credits[0].reporter).toEqual({ bylineMode: 'withheld', fullName: 'Staff reporter' });
    expect(en.jsonLd.author).toEqual([
      {
        '@type': 'NewsMediaOrganization',
        name: 'The Kyiv Ledger',
        url: 'https://newsroom.example.org',
        logo: { '@type': 'ImageObject', url: 'https://newsroom.example.org/logo.png' },
      },
    ]);
    const uk = await byline(id, 'uk');
    expect(uk.byline.lines[0].text).toBe('Автор: Штатний кореспондент');
    expectNoLeaks(uk);
  });

  it('prints a pseudonym as written, as a Person', async () => {
    const pseudonym = seedReporters.find((r) => r.bylineMode === 'pseudonym')!;
    const article = seedArticles.find((a) => a.credits.some((c) => c.reporter === pseudonym.slug))!;
    const data = await byline(await documentIdOf(article.slug));
    expect(data.byline.text).toContain(pseudonym.fullName);
    expect(data.jsonLd.author).toContainEqual(expect.objectContaining({ '@type': 'Person', name: pseudonym.fullName }));
  });

  it('maps roles to author, editor, translator and contributor, one object per person and role', async () => {
    const names = ['Jay One', 'Kay Two', 'Lee Three', 'May Four', 'Ned Five'];
    const [a, b, c, d, e] = await Promise.all(names.map((n) => createReporter(app, n)));
    const id = await createArticle(app, 'Roles article', [
      { reporter: b, role: 'author' },
      { reporter: a, role: 'author' },
      { reporter: c, role: 'photographer' },
      { reporter: d, role: 'editor' },
      { reporter: e, role: 'translator' },
      { reporter: a, role: 'fact-checker' },
      { reporter: c, role: 'contributor', note: 'Additional reporting from Kharkiv' },
    ]);
    const data = await byline(id);
    expect(data.byline.text).toBe(
      'By Kay Two and Jay One. Photos by Lee Three. Edited by May Four. Translated by Ned Five. Fact-checked by Jay One. Additional reporting by Lee Three.'
    );
    expect(data.jsonLd.author.map((p: any) => p.name)).toEqual(['Kay Two', 'Jay One']);
    expect(data.jsonLd.editor.map((p: any) => p.name)).toEqual(['May Four']);
    expect(data.jsonLd.translator.map((p: any) => p.name)).toEqual(['Ned Five']);
    expect(data.jsonLd.contributor.map((p: any) => p.name)).toEqual(['Lee Three', 'Jay One']);
    expect(data.credits.find((c: any) => c.role === 'contributor').note).toBe('Additional reporting from Kharkiv');
  });

  it('answers 404 for a type without credits, an unknown or draft-only entry, and 400 for a bad locale', async () => {
    const draft = await createArticle(app, 'Draft article', [], { draft: true });
    await app.http().get(`/api/newsroom/bylines/articles/${draft}`).expect(404);
    await app.http().get('/api/newsroom/bylines/articles/nosucharticlexxxxxxxxxxx').expect(404);
    await app.http().get(`/api/newsroom/bylines/reporter-profiles/${draft}`).expect(404);
    await app.http().get('/api/newsroom/bylines/articles/bad!id').expect(404);
    const res = await app.http().get(`/api/newsroom/bylines/articles/${draft}?locale=fr`).expect(400);
    expect(res.body.error.details.errors[0].path).toEqual(['locale']);
    const extra = await app.http().get(`/api/newsroom/bylines/articles/${draft}?populate=*`).expect(400);
    expect(extra.body.error.message).toContain('populate');
  });
});

describe('the bylines route with the site’s own byline phrases', () => {
  // The playground's own plugin config, with one English phrase and one Ukrainian phrase replaced.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const playgroundPlugins = require('../../playground/config/plugins.js');
  const fallbackEnv = Object.assign((_: string, fallback: unknown) => fallback, { bool: (_: string, f: unknown) => f, json: (_: string, f: unknown) => f });
  const newsroomConfig = {
    ...playgroundPlugins({ env: fallbackEnv }).newsroom.config,
    bylinePhrases: {
      en: { roles: { author: { one: 'Reporter: {names}', other: 'Reporters: {names}' } } },
      uk: { roles: { photographer: 'Світлини: {names}' } },
    },
  };
  let app: TestApp;
  const byline = async (documentId: string, locale: string) =>
    (await app.http().get(`/api/newsroom/bylines/articles/${documentId}?locale=${locale}`).expect(200)).body.data.byline;

  beforeAll(async () => {
    app = await startPlayground({ newsroomConfig });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('writes the overridden phrases and keeps the shipped ones beside them', async () => {
    const [a, b, c] = await Promise.all(['Jay One', 'Kay Two', 'Lee Three'].map((n) => createReporter(app, n)));
    const id = await createArticle(app, 'Phrases article', [
      { reporter: a, role: 'author' },
      { reporter: b, role: 'author' },
      { reporter: c, role: 'photographer' },
    ]);
    expect((await byline(id, 'en')).text).toBe('Reporters: Jay One and Kay Two. Photos by Lee Three.');
    expect((await byline(id, 'uk')).text).toBe('Автори: Jay One і Kay Two. Світлини: Lee Three.');
    const solo = await createArticle(app, 'Solo article', [{ reporter: a, role: 'author' }]);
    expect((await byline(solo, 'en')).text).toBe('Reporter: Jay One.');
  });
});
