import { startPlayground, type TestApp } from '../helpers/strapi';
import { stableJson } from '../helpers/snapshot';
import { ARTICLE_UID, REPORTER_UID, createArticle, createReporter, restCredits } from '../helpers/newsroom';

describe('merging duplicate reporter profiles', () => {
  let app: TestApp;
  const merge = (sourceDocumentId: string, targetDocumentId: string) =>
    app.strapi.plugin('newsroom').service('reporterMerge').merge({ sourceDocumentId, targetDocumentId });

  beforeAll(async () => {
    app = await startPlayground();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Everything a merge may touch: profiles, articles with their credits, redirects. */
  const snapshot = async () =>
    stableJson({
      profiles: await app.strapi.db.query(REPORTER_UID).findMany({ orderBy: { id: 'asc' } }),
      articles: await app.strapi.db.query(ARTICLE_UID).findMany({
        orderBy: { id: 'asc' },
        populate: { credits: { populate: { reporter: { select: ['id'] } } } },
      }),
      redirects: await app.strapi.db.query('plugin::newsroom.slug-redirect').findMany({ orderBy: { id: 'asc' } }),
    });

  it('moves every credit to the survivor in place, keeping order, dropping repeats, archiving the source', async () => {
    const survivor = await createReporter(app, 'Olena Survivor');
    const duplicate = await createReporter(app, 'Olena Survivor (dup)');
    const other = await createReporter(app, 'Other Person');
    // One article credits both profiles as authors: after the merge, the person appears once as author.
    const both = await createArticle(app, 'Both', [
      { reporter: other, role: 'author' },
      { reporter: duplicate, role: 'author' },
      { reporter: survivor, role: 'author' },
      { reporter: duplicate, role: 'photographer' },
    ]);
    const onlyDuplicate = await createArticle(app, 'Only duplicate', [
      { reporter: duplicate, role: 'author' },
      { reporter: other, role: 'editor' },
    ]);
    const draftOnly = await createArticle(app, 'Draft only', [{ reporter: duplicate, role: 'translator' }], { draft: true });

    const result = await merge(duplicate, survivor);
    expect(result).toMatchObject({ movedCredits: expect.any(Number), droppedCredits: expect.any(Number) });
    // The repeat is dropped in every row of the article (en and uk, draft and published).
    expect(result.droppedCredits).toBe(4);

    for (const locale of ['en', 'uk']) {
      expect(await restCredits(app, both, locale)).toEqual([
        ['Other Person', 'author'],
        ['Olena Survivor', 'author'],
        ['Olena Survivor', 'photographer'],
      ]);
      expect(await restCredits(app, onlyDuplicate, locale)).toEqual([
        ['Olena Survivor', 'author'],
        ['Other Person', 'editor'],
      ]);
    }
    const draft = (await app.strapi.documents(ARTICLE_UID as never).findOne({
      documentId: draftOnly,
      locale: 'en',
      populate: { credits: { populate: { reporter: true } } },
    } as never)) as any;
    expect(draft.credits.map((c: any) => [c.reporter.fullName, c.role])).toEqual([['Olena Survivor', 'translator']]);
    // The survivor's reporter page lists the published articles of both profiles.
    const page = await app.http().get('/api/newsroom/reporters/olena-survivor').expect(200);
    expect(page.body.data.articles.map((a: any) => a.title).sort()).toEqual(['Both', 'Only duplicate']);

    // The source is archived: unpublished, pointing to the survivor, its URL answering with the survivor.
    const sourceRows = (await app.strapi.db.query(REPORTER_UID).findMany({ where: { documentId: duplicate } })) as any[];
    expect(sourceRows.length).toBeGreaterThan(0);
    expect(sourceRows.every((row) => row.publishedAt === null && row.mergedInto === survivor)).toBe(true);
    const old = await app.http().get('/api/newsroom/reporters/olena-survivor-dup').expect(200);
    expect(old.body.data.documentId).toBe(survivor);
    expect(old.body.meta.redirect).toEqual({ from: 'olena-survivor-dup', to: 'olena-survivor' });

    // Nothing credits the source any more, so it can now be deleted.
    await app.strapi.documents(REPORTER_UID as never).delete({ documentId: duplicate, locale: '*' } as never);
  });

  it('changes nothing when it fails midway', async () => {
    const survivor = await createReporter(app, 'Mid Survivor');
    const duplicate = await createReporter(app, 'Mid Duplicate');
    await createArticle(app, 'Mid article', [
      { reporter: duplicate, role: 'author' },
      { reporter: survivor, role: 'author' },
      { reporter: duplicate, role: 'author' },
    ]);
    const before = await snapshot();

    // Fail after the credits have moved and the repeats were dropped, while archiving the source.
    const documents = app.strapi.documents(REPORTER_UID as never) as any;
    const original = app.strapi.documents.bind(app.strapi);
    const spy = jest
      .spyOn(app.strapi, 'documents')
      .mockImplementation(((uid: string) =>
        uid === REPORTER_UID ? { ...documents, unpublish: async () => Promise.reject(new Error('disk full')) } : original(uid as never)) as never);
    try {
      await expect(merge(duplicate, survivor)).rejects.toThrow('disk full');
    } finally {
      spy.mockRestore();
    }
    expect(await snapshot()).toBe(before);
  });

  it('refuses to merge a profile into itself or into a missing one', async () => {
    const only = await createReporter(app, 'Lonely Profile');
    await expect(merge(only, only)).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(merge(only, 'nosuchprofilexxxxxxxxxxx')).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
