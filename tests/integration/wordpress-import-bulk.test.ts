import fs from 'fs';
import os from 'os';
import path from 'path';
import { startPlayground, type TestApp } from '../helpers/strapi';
import { ARTICLE_UID, REPORTER_UID } from '../helpers/newsroom';
import { recomputedIndex, storedIndex } from '../helpers/credit-index';
import { stableJson } from '../helpers/snapshot';
import { writeWxr } from '../../bench/wxr-generator';

type Row = Record<string, any>;

const RECORD_UID = 'plugin::newsroom.import-record';
const CREDIT_UID = 'newsroom.credit';
// Six batches of 500 posts; 60 people, a third of them guest authors, one to three bylines a post.
const POSTS = 3000;
const AUTHORS = 60;
const BRIEF_UID = 'api::brief.brief';
// Articles (localized, drafts, an editorial date) and briefs (no locales, no drafts).
const CONFIG = {
  contentTypes: [ARTICLE_UID, BRIEF_UID],
  dateFields: { [ARTICLE_UID]: 'publishedDate' },
  profileUrl: 'https://newsroom.example.org/reporters/{slug}',
};

/** Generated person `n`'s name, as the export gives it (see bench/wxr-generator.js). */
const nameOf = (n: number) => (n % 3 === 2 ? `Guest Reporter ${n}` : `Reporter ${n}`);
/** Post `p`'s bylines in order, as the generator writes them. */
const bylinesOf = (p: number) => [...new Set([1 + (p % AUTHORS), 1 + ((p * 7) % AUTHORS), 1 + ((p * 13) % AUTHORS)].slice(0, 1 + (p % 3)))].map(nameOf);

describe('the WordPress import at scale: entries created in bulk', () => {
  let app: TestApp;
  let tmp: string;
  let file: string;
  const run = (options: Record<string, unknown> = {}) =>
    app.strapi
      .plugin('newsroom')
      .service('wordpressImport')
      .run({ file, createMissing: true, entryDefaults: { category: 'world' }, ...options });
  const knex = () => app.strapi.db.connection;
  const count = async (table: string) => Number(((await knex()(table).count({ n: '*' })) as Row[])[0].n);

  /** Everything the import writes for entries, in a form two reads can be compared by. */
  const snapshot = async () =>
    stableJson({
      articles: await knex()('articles').orderBy('id').select('*'),
      components: await knex()('components_newsroom_credits').orderBy('id').select('*'),
      links: await knex()('articles_cmps').orderBy('id').select('*'),
      reporters: await knex()('components_newsroom_credits_reporter_lnk').orderBy('id').select('*'),
      records: await app.strapi.db.query(RECORD_UID).findMany({ orderBy: { id: 'asc' } }),
      index: await storedIndex(app.strapi),
    });

  /** Published entries by slug, with their credits as `name:role`, through the Document Service. */
  const creditsBySlug = async () => {
    const entries = (await app.strapi.documents(ARTICLE_UID as never).findMany({
      locale: 'en',
      status: 'published',
      limit: POSTS * 2,
      fields: ['slug'],
      populate: { credits: { populate: { reporter: { fields: ['fullName'] } } } },
    } as never)) as Row[];
    return new Map(entries.map((entry) => [entry.slug as string, (entry.credits as Row[]).map((c) => `${c.reporter?.fullName}:${c.role}`)]));
  };

  /** Every stored row of a document, without what differs by nature (ids, documentId, slug, times). */
  const rowsOf = async (table: string, documentId: string) => {
    const articles = (await knex()(table).where({ document_id: documentId }).orderBy('id')) as Row[];
    const links = (await knex()(`${table}_cmps`)
      .whereIn(
        'entity_id',
        articles.map((a) => a.id)
      )
      .orderBy(['entity_id', 'order'])) as Row[];
    const components = (await knex()('components_newsroom_credits').whereIn(
      'id',
      links.map((l) => l.cmp_id)
    )) as Row[];
    const reporterLinks = (await knex()('components_newsroom_credits_reporter_lnk').whereIn(
      'credit_id',
      links.map((l) => l.cmp_id)
    )) as Row[];
    const reporters = (await knex()('newsroom_reporter_profiles').whereIn(
      'id',
      reporterLinks.map((l) => l.reporter_profile_id)
    )) as Row[];
    const reporterOf = (creditId: number) => {
      const reporter = reporters.find((r) => r.id === reporterLinks.find((l) => l.credit_id === creditId)?.reporter_profile_id);
      return reporter && { documentId: reporter.document_id, published: reporter.published_at !== null, locale: reporter.locale };
    };
    return articles.map((article) => {
      const { id, document_id, slug, created_at, updated_at, published_at, ...columns } = article;
      return {
        columns: { ...columns, columnNames: Object.keys(article).sort(), published: published_at !== null },
        credits: links
          .filter((link) => link.entity_id === id)
          .map(({ id: _link, entity_id, cmp_id, ...link }) => {
            const { id: _component, ...component } = components.find((c) => c.id === cmp_id)!;
            const reporterLink = reporterLinks.find((l) => l.credit_id === cmp_id)!;
            return { link, component, reporter: reporterOf(cmp_id), reporterLinkColumns: Object.keys(reporterLink).sort() };
          }),
      };
    });
  };

  beforeAll(async () => {
    app = await startPlayground({ newsroomConfig: CONFIG });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wp-bulk-'));
    file = path.join(tmp, 'generated.xml');
    await writeWxr(file, { posts: POSTS, authors: AUTHORS, bodyBytes: 120 });
  });
  afterAll(async () => {
    await app?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('a dry run plans every post and writes nothing', async () => {
    const before = await snapshot();
    const report = await run({ dryRun: true });
    expect(await snapshot()).toBe(before);
    expect(report.entries.create).toHaveLength(POSTS);
    expect(report.entries.create[4]).toEqual({ post: 'generated-story-5', documentId: null, bylines: bylinesOf(5).map((name) => `${name} (author)`) });
  });

  it('a failure in the middle of a batch leaves nothing of that batch, and a re-run completes', async () => {
    // The third batch fails after its entry rows are written, while its credits are.
    let failed = false;
    const unsubscribe = app.strapi.db.lifecycles.subscribe({
      models: [CREDIT_UID],
      async beforeCreateMany() {
        if (!failed && (await app.strapi.db.query(ARTICLE_UID).count({})) > 2 * 1000) {
          failed = true;
          throw new Error('the database went away');
        }
      },
    });
    try {
      await expect(run()).rejects.toThrow('the database went away');
    } finally {
      unsubscribe();
    }
    expect(failed).toBe(true);
    // Two whole batches: their 1,000 documents (a draft and a published row each), their records.
    expect(await count('articles')).toBe(2000);
    expect(await app.strapi.db.query(RECORD_UID).count({ where: { sourceKey: { $contains: ':post:' } } })).toBe(1000);
    // No credit of the failed batch is left without its entry.
    expect(await count('components_newsroom_credits')).toBe(await count('articles_cmps'));
    expect(await count('components_newsroom_credits_reporter_lnk')).toBe(await count('components_newsroom_credits'));
    expect(await storedIndex(app.strapi)).toEqual(await recomputedIndex(app.strapi));

    const report = await run();
    expect(report.entries.create).toHaveLength(POSTS - 1000);
    expect(report.entries.unchanged).toBe(1000);
    expect(await count('articles')).toBe(2 * POSTS);
  });

  it('every entry has its draft and published rows and its bylines in order, as the export gives them', async () => {
    expect(await app.strapi.db.query(ARTICLE_UID).count({ where: { publishedAt: null } })).toBe(POSTS);
    expect(await app.strapi.db.query(ARTICLE_UID).count({ where: { publishedAt: { $notNull: true } } })).toBe(POSTS);
    const credits = await creditsBySlug();
    expect(credits.size).toBe(POSTS);
    for (let p = 1; p <= POSTS; p += 1) expect([p, credits.get(`generated-story-${p}`)]).toEqual([p, bylinesOf(p).map((name) => `${name}:author`)]);
    const drafts = (await app.strapi.documents(ARTICLE_UID as never).findMany({
      locale: 'en',
      status: 'draft',
      filters: { slug: 'generated-story-2999' },
      populate: { credits: { populate: { reporter: { fields: ['fullName'] } } } },
    } as never)) as Row[];
    expect(drafts.map((d) => (d.credits as Row[]).map((c) => c.reporter.fullName))).toEqual([bylinesOf(2999)]);
  });

  it('the public bylines route, REST search, the reporter pages and the credit index agree', async () => {
    const [entry] = (await app.strapi.db
      .query(ARTICLE_UID)
      .findMany({ where: { slug: 'generated-story-1001', publishedAt: null }, select: ['documentId'] })) as Row[];
    const { body } = await app.http().get(`/api/newsroom/bylines/articles/${entry.documentId}?locale=en`).expect(200);
    expect(body.data.credits.map((c: Row) => [c.reporter.fullName, c.role])).toEqual(bylinesOf(1001).map((name) => [name, 'author']));
    expect(body.data.byline.text).toBe(
      `By ${bylinesOf(1001)
        .join(', ')
        .replace(/, ([^,]*)$/, ' and $1')}.`
    );
    // Strapi's own search (REST filters) finds it by its title, published, once.
    const search = await app.http().get('/api/articles?locale=en&filters[title][$eqi]=generated STORY 1001').expect(200);
    expect(search.body.data.map((a: Row) => a.documentId)).toEqual([entry.documentId]);

    expect(await storedIndex(app.strapi)).toEqual(await recomputedIndex(app.strapi));
    const [guest] = (await app.strapi.db.query(REPORTER_UID).findMany({ where: { fullName: nameOf(5), publishedAt: null }, select: ['slug'] })) as Row[];
    const credited = Array.from({ length: POSTS }, (_, i) => i + 1).filter((p) => bylinesOf(p).includes(nameOf(5)));
    const page = await app.http().get(`/api/newsroom/reporters/${guest.slug}?locale=en&pageSize=5`).expect(200);
    expect(page.body.meta.articles.pagination.total).toBe(credited.length);
    // Newest first by the editorial date (a day: the generator dates post p at p hours after 2015-01-01).
    const dayOf = (p: number) => new Date(Date.UTC(2015, 0, 1) + p * 3600 * 1000).toISOString().slice(0, 10);
    const articles = page.body.data.articles as Row[];
    expect(articles).toHaveLength(5);
    for (const article of articles) expect(credited.map((p) => `generated-story-${p}`)).toContain(article.slug);
    expect(articles[0].date.slice(0, 10)).toBe(dayOf(credited[credited.length - 1]));
    expect(articles.map((a) => a.date)).toEqual(
      articles
        .map((a) => a.date)
        .sort()
        .reverse()
    );
  });

  it('a second run of the same file changes nothing', async () => {
    const before = await snapshot();
    const report = await run();
    expect(await snapshot()).toBe(before);
    expect(report.entries).toMatchObject({ credit: [], create: [], unchanged: POSTS, keptEdited: [] });
    expect(report.profiles).toMatchObject({ create: [], update: [], keptEdited: [] });
  });

  it('a draft without a slug (WordPress gives drafts none) is created once, and found again by what the import remembers', async () => {
    const draftFile = path.join(tmp, 'draft.xml');
    fs.writeFileSync(
      draftFile,
      fs
        .readFileSync(path.resolve(__dirname, '..', 'fixtures', 'wordpress', 'plain-site.xml'), 'utf8')
        .replace('<wp:wxr_version>', '<wp:base_site_url>https://drafts.example.org</wp:base_site_url><wp:wxr_version>')
        .replace('<![CDATA[market-day]]>', '')
        .replace('<wp:status><![CDATA[publish]]></wp:status>', '<wp:status><![CDATA[draft]]></wp:status>')
    );
    const articles = await count('articles');
    const first = await run({ file: draftFile });
    expect(first.entries.create.map((e: Row) => e.post)).toEqual(['#11', 'library-reopens']);
    expect(await count('articles')).toBe(articles + 1 + 2);
    const [draft] = (await app.strapi.db.query(ARTICLE_UID).findMany({ where: { documentId: first.entries.create[0].documentId } })) as Row[];
    expect(draft).toMatchObject({ title: 'Market day in the old town', slug: '', publishedAt: null });

    const again = await run({ file: draftFile });
    expect(again.entries).toMatchObject({ create: [], unchanged: 2 });
    expect(await count('articles')).toBe(articles + 3);
  });

  it('stores an entry column for column as the Document Service does', async () => {
    const [bulk] = (await app.strapi.db
      .query(ARTICLE_UID)
      .findMany({ where: { slug: 'generated-story-2', publishedAt: null }, select: ['documentId'] })) as Row[];
    const stored = (await app.strapi.documents(ARTICLE_UID as never).findOne({
      documentId: bulk.documentId,
      locale: 'en',
      populate: { credits: { populate: { reporter: { fields: ['documentId'] } } } },
    } as never)) as Row;
    const twin = (await app.strapi.documents(ARTICLE_UID as never).create({
      locale: 'en',
      data: {
        title: stored.title,
        slug: 'generated-story-2-twin',
        publishedDate: stored.publishedDate,
        category: stored.category,
        credits: (stored.credits as Row[]).map((c) => ({ reporter: c.reporter.documentId, role: c.role })),
      },
    } as never)) as Row;
    await app.strapi.documents(ARTICLE_UID as never).publish({ documentId: twin.documentId, locale: 'en' } as never);

    const [fromBulk, fromDocumentService] = [await rowsOf('articles', bulk.documentId), await rowsOf('articles', twin.documentId)];
    expect(fromBulk).toHaveLength(2);
    expect(fromBulk[0].credits.length).toBeGreaterThan(1);
    // The draft's credits name the reporters' draft rows, the published version's their published rows.
    expect(fromBulk.map((row) => [row.columns.published, row.credits.map((credit) => credit.reporter?.published)])).toEqual([
      [false, fromBulk[0].credits.map(() => false)],
      [true, fromBulk[0].credits.map(() => true)],
    ]);
    expect(fromBulk).toEqual(fromDocumentService);
  });

  it('stores a new profile column for column as the Document Service does', async () => {
    const [bulk] = (await app.strapi.db.query(REPORTER_UID).findMany({ where: { fullName: nameOf(5), publishedAt: null } })) as Row[];
    const twin = (await app.strapi.documents(REPORTER_UID as never).create({
      locale: 'en',
      data: { fullName: bulk.fullName, shortBio: bulk.shortBio, bio: bulk.bio, sameAs: bulk.sameAs, staffStatus: 'active', bylineMode: 'named' },
    } as never)) as Row;
    await app.strapi.documents(REPORTER_UID as never).publish({ documentId: twin.documentId, locale: 'en' } as never);
    const [fromBulk, fromDocumentService] = [
      await rowsOf('newsroom_reporter_profiles', bulk.documentId),
      await rowsOf('newsroom_reporter_profiles', twin.documentId),
    ];
    expect(fromBulk.map((row) => row.columns.published)).toEqual([false, true]);
    expect(fromBulk[0].columns).toMatchObject({ short_bio: 'Guest reporter number 5.', search_name: expect.stringContaining('guest reporter 5') });
    expect(fromBulk).toEqual(fromDocumentService);
    // Two people of one name get two slugs.
    expect(bulk.slug).toBe('guest-reporter-5');
    expect(((await app.strapi.db.query(REPORTER_UID).findOne({ where: { documentId: twin.documentId } })) as Row).slug).toBe('guest-reporter-5-2');
    await app.strapi.documents(REPORTER_UID as never).delete({ documentId: twin.documentId } as never);
  });

  it('a type without drafts or locales: one published row per entry, as the Document Service stores it', async () => {
    const briefFile = path.join(tmp, 'briefs.xml');
    fs.writeFileSync(
      briefFile,
      fs
        .readFileSync(path.resolve(__dirname, '..', 'fixtures', 'wordpress', 'plain-site.xml'), 'utf8')
        .replace('<wp:wxr_version>', '<wp:base_site_url>https://briefs.example.org</wp:base_site_url><wp:wxr_version>')
    );
    const report = await run({ file: briefFile, contentType: BRIEF_UID, entryDefaults: {} });
    expect(report.entries.create.map((e: Row) => e.post)).toEqual(['market-day', 'library-reopens']);
    const created = report.entries.create[0].documentId as string;
    const twin = (await app.strapi.documents(BRIEF_UID as never).create({
      data: {
        title: 'Market day in the old town',
        credits: [{ reporter: (await rowsOf('briefs', created))[0].credits[0].reporter!.documentId, role: 'author' }],
      },
    } as never)) as Row;
    const [fromBulk, fromDocumentService] = [await rowsOf('briefs', created), await rowsOf('briefs', twin.documentId)];
    expect(fromBulk).toHaveLength(1);
    expect(fromBulk[0].columns.published).toBe(true);
    // Strapi links the credits of a type without drafts to the reporters' draft rows.
    expect(fromBulk[0].credits.map((credit) => credit.reporter?.published)).toEqual([false]);
    expect(fromBulk).toEqual(fromDocumentService);
    expect(await storedIndex(app.strapi)).toEqual(await recomputedIndex(app.strapi));
    expect((await run({ file: briefFile, contentType: BRIEF_UID, entryDefaults: {} })).entries).toMatchObject({ create: [], unchanged: 2 });
  });
});
