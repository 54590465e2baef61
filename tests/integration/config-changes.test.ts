import { startPlayground } from '../helpers/strapi';
import { createTestDatabase } from '../helpers/database';
import { ARTICLE_UID, createArticle, createReporter, restCredits } from '../helpers/newsroom';

const config = (contentTypes: string[]) => ({ contentTypes, organization: { name: 'The Kyiv Ledger', url: 'https://newsroom.example.org' } });

describe('changing which types take credits', () => {
  it('a type added to the config later gets credits; removed, its credits stay in place for when it comes back', async () => {
    const db = await createTestDatabase();
    // Without the article type in the config: articles exist, without credits.
    let app = await startPlayground({ db, newsroomConfig: config([]) });
    expect(app.strapi.contentType(ARTICLE_UID as never).attributes).not.toHaveProperty('credits');
    const plain = (await app.strapi.documents(ARTICLE_UID as never).create({
      locale: 'en',
      data: { title: 'Before credits', slug: 'before-credits', publishedDate: '2026-01-01', category: 'world' },
    } as never)) as any;
    await app.stop({ keepDatabase: true });

    // Added after a restart: the existing article can be credited.
    app = await startPlayground({ db, newsroomConfig: config([ARTICLE_UID]) });
    const reporter = await createReporter(app, 'Later Reporter');
    const documents = app.strapi.documents(ARTICLE_UID as never);
    await documents.update({ documentId: plain.documentId, locale: 'en', data: { credits: [{ reporter, role: 'author' }] } } as never);
    await documents.publish({ documentId: plain.documentId, locale: 'en' } as never);
    const credited = await createArticle(app, 'Credited', [
      { reporter, role: 'author' },
      { reporter, role: 'photographer' },
    ]);
    expect(await restCredits(app, plain.documentId)).toEqual([['Later Reporter', 'author']]);
    await app.stop({ keepDatabase: true });

    // Removed: the site still runs; the credits are not served, and not deleted.
    app = await startPlayground({ db, newsroomConfig: config([]) });
    const res = await app.http().get(`/api/articles/${credited}`).expect(200);
    expect(res.body.data.title).toBe('Credited');
    await app.http().get(`/api/newsroom/bylines/articles/${credited}`).expect(404);
    await app.stop({ keepDatabase: true });

    // Back in the config: everything as it was.
    app = await startPlayground({ db, newsroomConfig: config([ARTICLE_UID]) });
    expect(await restCredits(app, credited)).toEqual([
      ['Later Reporter', 'author'],
      ['Later Reporter', 'photographer'],
    ]);
    expect(await restCredits(app, plain.documentId)).toEqual([['Later Reporter', 'author']]);
    await app.stop();
  });
});
