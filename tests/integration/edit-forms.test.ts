import { startPlayground, type TestApp } from '../helpers/strapi';
import { adminToken } from '../helpers/auth';

const REPORTER_UID = 'plugin::newsroom.reporter-profile';
const KEY_FACTS_UID = 'plugin::newsroom.key-facts-box';
const INTERNAL = ['facets', 'searchName', 'mergedInto', 'photoFileId', 'withheldIdentity', 'withheldSlug'];

describe("the Content Manager's forms of the plugin's types", () => {
  let app: TestApp;
  let token: string;
  const configuration = async (uid: string) =>
    (await app.http().get(`/content-manager/content-types/${uid}/configuration`).set('Authorization', `Bearer ${token}`).expect(200)).body.data.contentType;

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
    token = await adminToken(app);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a profile: labelled fields in rows, internal ones left out', async () => {
    const { metadatas, layouts } = await configuration(REPORTER_UID);
    expect(metadatas.fullName.edit).toMatchObject({ label: 'Full name', description: 'As bylines show it.' });
    expect(metadatas.photoAlt.edit.label).toBe('Photo description (alt text)');
    const inForm = layouts.edit.flat().map((field: { name: string }) => field.name);
    expect(inForm.slice(0, 4)).toEqual(['fullName', 'slug', 'jobTitle', 'pronouns']);
    expect(inForm.filter((name: string) => INTERNAL.includes(name))).toEqual([]);
    expect(layouts.list).toEqual(['fullName', 'jobTitle', 'staffStatus', 'bylineMode']);
  });

  it("a profile's languages, beats and sameAs are string lists, stored as JSON", async () => {
    const attributes = app.strapi.contentType(REPORTER_UID as never).attributes as Record<string, { type: string; customField?: string; options?: object }>;
    for (const [name, entries] of [
      ['languages', 'language'],
      ['beats', 'text'],
      ['sameAs', 'url'],
    ]) {
      expect(attributes[name]).toMatchObject({ type: 'json', customField: 'plugin::newsroom.string-list', options: { entries } });
    }
    const [tim] = (await app.strapi.documents(REPORTER_UID as never).findMany({ filters: { slug: 'tim-zadorozhnyy' }, locale: 'en' } as never)) as unknown as {
      languages: string[];
    }[];
    expect(tim.languages).toEqual(['en', 'uk', 'ru']);
  });

  it('a key-facts box: the fact-check fields shown only for fact checks', async () => {
    const { metadatas } = await configuration(KEY_FACTS_UID);
    expect(metadatas.claimReviewed.edit.label).toBe('Claim reviewed');
    const attributes = app.strapi.contentType(KEY_FACTS_UID as never).attributes as Record<string, { conditions?: object }>;
    for (const name of ['claimReviewed', 'claimAuthor', 'rating']) {
      expect(attributes[name].conditions).toEqual({ visible: { '==': [{ var: 'kind' }, 'fact-check'] } });
    }
  });
});
