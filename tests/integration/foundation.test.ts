import { spawnSync } from 'child_process';
import { startPlayground, PLAYGROUND, type TestApp } from '../helpers/strapi';
import { createTestDatabase } from '../helpers/database';

describe('the playground newsroom boots with the plugin', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startPlayground();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('loads the newsroom plugin from this repository with its parsed config', () => {
    const plugin = app.strapi.plugin('newsroom');
    expect(plugin).toBeDefined();
    expect(app.strapi.config.get('plugin::newsroom.contentTypes')).toEqual(['api::article.article']);
    expect(app.strapi.config.get('plugin::newsroom.creditRoles')).toContain('fact-checker');
  });

  it('has both locales', async () => {
    const codes = (await app.strapi.plugin('i18n').service('locales').find()).map((l: { code: string }) => l.code);
    expect(codes.sort()).toEqual(['en', 'uk']);
  });

  it('serves published articles, and not drafts, on the public content API', async () => {
    const articles = app.strapi.documents('api::article.article');
    const published = await articles.create({
      locale: 'en',
      data: { title: 'Published story', slug: 'published-story', publishedDate: '2026-01-12', category: 'politics' },
    });
    await articles.publish({ documentId: published.documentId, locale: 'en' });
    await articles.create({
      locale: 'en',
      data: { title: 'Draft story', slug: 'draft-story', publishedDate: '2026-01-13', category: 'world' },
    });

    const res = await app.http().get('/api/articles').query({ locale: 'en' }).expect(200);
    expect(res.body.data.map((a: { title: string }) => a.title)).toEqual(['Published story']);
  });

  it('registers the admin permission of the Newsroom page', async () => {
    const actions = app.strapi.service('admin::permission').actionProvider.values();
    expect(actions.map((a: { actionId: string }) => a.actionId)).toContain('plugin::newsroom.read');
  });
});

describe('a wrong plugin config stops start-up with a message naming the key', () => {
  // Each boot runs in a child process: Strapi must refuse to start, and say why.
  const boot = async (newsroomConfig: unknown) => {
    const db = await createTestDatabase();
    try {
      const script = `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(PLAYGROUND)}, distDir: ${JSON.stringify(
        PLAYGROUND
      )} }).load().then((s) => s.destroy().then(() => process.exit(0)), (e) => { console.error(e.message); process.exit(1); })`;
      return spawnSync(process.execPath, ['-e', script], {
        cwd: PLAYGROUND,
        encoding: 'utf8',
        timeout: 90000,
        env: { ...process.env, ...db.env, STRAPI_TELEMETRY_DISABLED: 'true', NEWSROOM_CONFIG: JSON.stringify(newsroomConfig) },
      });
    } finally {
      await db.drop();
    }
  };

  it('names a content type that does not exist', async () => {
    const result = await boot({ contentTypes: ['api::nope.nope'] });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid newsroom config: "contentTypes" lists "api::nope.nope", which is not a content type of this site');
  });

  it('names a malformed key and the rule', async () => {
    const result = await boot({ staleFactsAfterDays: -3, creditRoles: ['editor'], feedSize: 101, bylinePhrases: { fr: { roles: { author: 'Par {name}' } } } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"creditRoles": must include "author"');
    expect(result.stderr).toContain('"staleFactsAfterDays": must be positive');
    expect(result.stderr).toContain('"feedSize": must be at most 100');
    expect(result.stderr).toContain('"bylinePhrases.fr.roles.author": has an unknown placeholder "{name}"');
  });

  it('names a date field that is not a date of the type', async () => {
    const result = await boot({ contentTypes: ['api::article.article'], dateFields: { 'api::article.article': 'title' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"dateFields.api::article.article" must name a date or datetime attribute of that type, not "title"');
  });

  it('starts with a valid non-default config', async () => {
    const result = await boot({ contentTypes: ['api::article.article'], creditRoles: ['author', 'editor'] });
    expect(result.stderr).not.toContain('Invalid newsroom config');
    expect(result.status).toBe(0);
  });
});
