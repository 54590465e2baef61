import { startPlayground, type TestApp } from '../helpers/strapi';
import { apiToken } from '../helpers/auth';
import { expectNoLeaks } from '../helpers/leaks';
import { withheldReporter } from '../helpers/seed';

describe('GraphQL: nothing private, no drafts, no withheld identity', () => {
  let app: TestApp;
  const gql = async (query: string, token?: string) => {
    const req = app.http().post('/graphql').send({ query });
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req;
    expect(res.status).toBeLessThan(500);
    return res.body;
  };

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const REPORTER_FIELDS =
    'documentId fullName slug bylineMode jobTitle shortBio bio photoAlt pronouns basedIn languages beats sameAs publicEmail noindex photo { url alternativeText } socialLinks { network url }';

  it.each(['en', 'uk'])('articles with credits and every reporter field (%s)', async (locale) => {
    const body = await gql(
      `{ articles(locale: "${locale}", pagination: { limit: 100 }) { title credits { role note reporter { ${REPORTER_FIELDS} } } keyFacts { title facts { text sources { url } } } } }`
    );
    expect(body.errors).toBeUndefined();
    expectNoLeaks(body, `graphql articles ${locale}`);
    const withheld = body.data.articles.flatMap((a: any) => a.credits).filter((c: any) => c.reporter?.bylineMode === 'withheld');
    expect(withheld.length).toBeGreaterThan(0);
    for (const credit of withheld) {
      expect(credit.reporter).toMatchObject({
        fullName: locale === 'uk' ? 'Штатний кореспондент' : 'Staff reporter',
        slug: null,
        photo: null,
        shortBio: null,
        socialLinks: null,
      });
    }
  });

  it('profiles listed and fetched one by one', async () => {
    const list = await gql(`{ newsroomReporterProfiles(pagination: { limit: 100 }) { ${REPORTER_FIELDS} } }`);
    expect(list.errors).toBeUndefined();
    expectNoLeaks(list, 'graphql profiles');
    const [row] = (await app.strapi.db
      .query('plugin::newsroom.reporter-profile')
      .findMany({ where: { withheldSlug: withheldReporter.slug, publishedAt: { $notNull: true } } })) as any[];
    const one = await gql(`{ newsroomReporterProfile(documentId: "${row.documentId}") { ${REPORTER_FIELDS} } }`);
    expectNoLeaks(one, 'graphql profile by id');
    expect(one.data.newsroomReporterProfile).toBeNull();
  });

  it('private fields are not in the schema', async () => {
    for (const field of ['internalNotes', 'adminUser', 'searchName', 'facets', 'mergedInto']) {
      const body = await gql(`{ newsroomReporterProfiles { ${field} } }`);
      expect(body.errors?.[0]?.message).toContain(`Cannot query field "${field}"`);
    }
    const redirects = await gql('{ newsroomSlugRedirects { fromSlug } }');
    expect(redirects.errors?.[0]?.message).toContain('Cannot query field "newsroomSlugRedirects"');
  });

  it('has no mutations for profiles and boxes, even for a full-access token (they are written through the admin, REST or code)', async () => {
    const token = await apiToken(app, 'full-access');
    for (const mutation of [
      'createNewsroomReporterProfile',
      'updateNewsroomReporterProfile',
      'deleteNewsroomReporterProfile',
      'createNewsroomKeyFactsBox',
      'deleteNewsroomKeyFactsBox',
    ]) {
      const body = await gql(`mutation { ${mutation}(data: {}) { documentId } }`, token);
      expect(body.errors?.[0]?.message).toContain(`Cannot query field "${mutation}" on type "Mutation"`);
    }
  });

  it('a filter on a withheld reporter’s name finds nothing', async () => {
    const body = await gql(`{ articles(filters: { credits: { reporter: { fullName: { eq: "${withheldReporter.fullName}" } } } }) { title } }`);
    expect(body.data.articles).toEqual([]);
    const rest = await app.http().get('/api/articles').query({ 'filters[credits][reporter][slug][$eq]': withheldReporter.slug }).expect(200);
    expect(rest.body.data).toEqual([]);
    const profiles = await app
      .http()
      .get('/api/newsroom/reporter-profiles')
      .query({ 'filters[fullName][$startsWith]': withheldReporter.fullName.slice(0, 4) })
      .expect(200);
    expect(profiles.body.data).toEqual([]);
  });

  it('drafts only for API tokens', async () => {
    await app.strapi.documents('plugin::newsroom.reporter-profile' as never).create({
      locale: 'en',
      data: { fullName: 'Draft Only Person', staffStatus: 'active', bylineMode: 'named' },
    } as never);
    for (const query of [
      '{ newsroomReporterProfiles(status: DRAFT) { fullName } }',
      '{ articles(status: DRAFT) { title } }',
      '{ newsroomKeyFactsBoxes(status: DRAFT) { title } }',
    ]) {
      const body = await gql(query);
      expect(body.errors?.[0]?.message).toContain('drafts are only available with an API token');
      expect(JSON.stringify(body)).not.toContain('Draft Only Person');
    }
    const published = await gql('{ newsroomReporterProfiles(pagination: { limit: 100 }) { fullName } }');
    expect(JSON.stringify(published)).not.toContain('Draft Only Person');
    for (const url of ['/api/articles?status=draft', '/api/newsroom/reporter-profiles?status=draft', '/api/newsroom/key-facts-boxes?status=draft']) {
      const res = await app.http().get(url).expect(400);
      expect(res.body.error.details.errors[0].path).toEqual(['status']);
    }
    const token = await apiToken(app, 'read-only');
    const drafts = await gql('{ newsroomReporterProfiles(status: DRAFT, pagination: { limit: 100 }) { fullName } }', token);
    expect(JSON.stringify(drafts)).toContain('Draft Only Person');
    const rest = await app
      .http()
      .get('/api/newsroom/reporter-profiles?status=draft&pagination[pageSize]=100')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(JSON.stringify(rest.body)).toContain('Draft Only Person');
  });
});
