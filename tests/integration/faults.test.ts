import { killed, startChild } from '../helpers/child-process';
import { startPlayground, type TestApp } from '../helpers/strapi';
import { createTestDatabase } from '../helpers/database';
import { stableJson } from '../helpers/snapshot';
import { ARTICLE_UID, BOX_UID, REPORTER_UID, createArticle, createReporter } from '../helpers/newsroom';

/** What the public sees of the newsroom: every article's bylines and boxes, the directory, pages. */
const publicState = async (app: TestApp) => {
  const articles = (await app.strapi.db.query(ARTICLE_UID).findMany({
    where: { publishedAt: { $notNull: true } },
    select: ['documentId', 'locale'],
    orderBy: { id: 'asc' },
  })) as any[];
  const bylines = [];
  for (const { documentId, locale } of articles) {
    bylines.push((await app.http().get(`/api/newsroom/bylines/articles/${documentId}?locale=${locale}`).expect(200)).body);
  }
  const directory = (await app.http().get('/api/newsroom/reporters?pageSize=100').expect(200)).body;
  const pages = [];
  for (const { slug } of directory.data) pages.push((await app.http().get(`/api/newsroom/reporters/${slug}`).expect(200)).body);
  return stableJson({ bylines, directory, pages });
};

const storedState = async (app: TestApp) =>
  stableJson({
    profiles: await app.strapi.db.query(REPORTER_UID).findMany({ orderBy: { id: 'asc' } }),
    articles: await app.strapi.db.query(ARTICLE_UID).findMany({
      orderBy: { id: 'asc' },
      populate: {
        credits: { populate: { reporter: { select: ['id'] } } },
        keyFacts: { select: ['id'] },
      },
    }),
    redirects: await app.strapi.db.query('plugin::newsroom.slug-redirect').findMany({ orderBy: { id: 'asc' } }),
  });

describe('faults and scale-out', () => {
  it('a restart, and disabling then enabling the plugin, lose no profile, box, credit or photo', async () => {
    const db = await createTestDatabase();
    let app: TestApp | undefined = await startPlayground({ db, seed: true });
    // Each start ends with a stop, even when an expectation fails: a live instance would
    // break the next start in this process.
    const restart = async (env?: Record<string, string>, seed = false) => {
      const running = app;
      app = undefined;
      await running?.stop({ keepDatabase: true });
      app = await startPlayground({ db, env, seed });
      return app;
    };
    try {
      const counts = async (a: TestApp) => ({
        profiles: await a.strapi.db.query(REPORTER_UID).count(),
        boxes: await a.strapi.db.query(BOX_UID).count(),
        articles: await a.strapi.db.query(ARTICLE_UID).count(),
      });
      const before = await publicState(app);
      const countsBefore = await counts(app);

      expect(await publicState(await restart())).toBe(before);
      // `npm run demo` seeds at every start: a second run finds everything, withheld reporters included.
      const seededAgain = await restart(undefined, true);
      expect(await counts(seededAgain)).toEqual(countsBefore);
      expect(await publicState(seededAgain)).toBe(before);

      // Without the plugin the site still starts, and its articles still answer.
      const without = await restart({ NEWSROOM_ENABLED: 'false' });
      expect(without.strapi.plugin('newsroom')).toBeUndefined();
      const plain = await without.http().get('/api/articles?pagination[pageSize]=100').expect(200);
      expect(plain.body.data.length).toBeGreaterThan(0);

      const back = await restart();
      expect(await counts(back)).toEqual(countsBefore);
      expect(await publicState(back)).toBe(before);
    } finally {
      await app?.stop({ keepDatabase: true });
      await db.drop();
    }
  }, 300_000);

  it('photos come back even where Strapi removed their links while the plugin was off', async () => {
    const db = await createTestDatabase();
    let app = await startPlayground({ db, seed: true });
    try {
      const before = await publicState(app);
      // What Strapi's start-up repair does to morph rows of an unknown type when the schema changed.
      await app.strapi.db.connection('files_related_mph').where('related_type', REPORTER_UID).del();
      await app.stop({ keepDatabase: true });
      app = await startPlayground({ db });
      expect(await publicState(app)).toBe(before);
    } finally {
      await app.stop();
    }
  });

  it('two Strapi processes on one database see each other’s edits at once', async () => {
    const app = await startPlayground();
    try {
      const reporter = await createReporter(app, 'Shared Instance');
      const { child, first } = startChild(app.db, ['serve'], {
        PORT: '0',
        HOST: '127.0.0.1',
      });
      try {
        const { port } = await first;
        const other = `http://127.0.0.1:${port}`;
        const documents = app.strapi.documents(REPORTER_UID as never);
        for (const title of ['Editor', 'Senior editor', 'Chief editor']) {
          await documents.update({
            documentId: reporter,
            locale: 'en',
            data: { jobTitle: title },
          } as never);
          await documents.publish({
            documentId: reporter,
            locale: 'en',
          } as never);
          const res = await fetch(`${other}/api/newsroom/reporters/shared-instance`);
          expect((await res.json()).data.jobTitle).toBe(title);
        }
        // And the other way: a write through the other process is read here at once.
        const token = await app.strapi.service('admin::api-token').create({
          name: 'cross',
          type: 'full-access',
          lifespan: null,
          description: '',
        });
        const put = await fetch(`${other}/api/newsroom/reporter-profiles/${reporter}?locale=en`, {
          method: 'PUT',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token.accessKey}`,
          },
          body: JSON.stringify({ data: { basedIn: 'Lviv' } }),
        });
        expect(put.status).toBe(200);
        const stored = (await app.strapi.db.query(REPORTER_UID).findOne({
          where: { documentId: reporter, publishedAt: null, locale: 'en' },
        })) as any;
        expect(stored.basedIn).toBe('Lviv');
      } finally {
        await killed(child);
      }
    } finally {
      await app.stop();
    }
  });

  it('a merge killed midway leaves the old state; run again, the new one', async () => {
    const db = await createTestDatabase();
    let app = await startPlayground({ db });
    try {
      const survivor = await createReporter(app, 'Kill Survivor');
      const duplicate = await createReporter(app, 'Kill Duplicate');
      const other = await createReporter(app, 'Kill Other');
      for (let i = 0; i < 5; i += 1) {
        await createArticle(app, `Killed merge ${i}`, [
          { reporter: other, role: 'author' },
          { reporter: duplicate, role: 'author' },
          { reporter: survivor, role: 'author' },
        ]);
      }
      const before = await storedState(app);
      await app.stop({ keepDatabase: true });

      const { child, first } = startChild(db, ['merge-and-hang', duplicate, survivor]);
      try {
        expect(await first).toEqual({ midway: true });
      } finally {
        await killed(child);
      }

      app = await startPlayground({ db });
      expect(await storedState(app)).toBe(before);

      await app.strapi.plugin('newsroom').service('reporterMerge').merge({ sourceDocumentId: duplicate, targetDocumentId: survivor });
      const after = await storedState(app);
      expect(after).not.toBe(before);
      const credited = await app.http().get('/api/newsroom/reporters/kill-survivor').expect(200);
      expect(credited.body.data.articles).toHaveLength(5);
    } finally {
      await app.stop();
    }
  });
});
