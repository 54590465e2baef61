import crypto from 'crypto';
import { startPlayground, type TestApp } from '../helpers/strapi';

const UID = 'plugin::newsroom.reporter-profile';
const TABLE = 'newsroom_reporter_profiles';
const COUNT = 10000;

describe('reporter search over 10,000 profiles', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startPlayground();
    // Published rows inserted in bulk; the search reads published rows only.
    const now = new Date();
    const rows = Array.from({ length: COUNT }, (_, i) => ({
      documentId: crypto.randomBytes(12).toString('hex'),
      fullName: `Bulk Reporter ${i}`,
      slug: `bulk-reporter-${i}`,
      searchName: `bulk reporter ${i}`,
      facets: i % 2 ? '|lang:uk|' : '|lang:en|beat:energy|',
      staffStatus: i % 10 ? 'active' : 'alumni',
      bylineMode: 'named',
      noindex: false,
      locale: 'en',
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await app.strapi.db.query(UID).createMany({ data: rows.slice(i, i + 500) });
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('pages the query in the database and counts there', async () => {
    const queries: { sql: string; bindings: unknown[] }[] = [];
    const record = (q: { sql: string; bindings: unknown[] }) => queries.push(q);
    app.strapi.db.connection.client.on('query', record);
    let res;
    try {
      res = await app.http().get('/api/newsroom/reporters?search=reporter%2099&language=uk&pageSize=10&page=2').expect(200);
    } finally {
      app.strapi.db.connection.client.removeListener('query', record);
    }
    // "reporter 99…" with an odd number: 99, 991, 993 … 9999 → 1 + 50 + 5 = 56 uk profiles.
    expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 10, pageCount: 6, total: 56 });
    expect(res.body.data).toHaveLength(10);
    expect(res.body.data.every((r: { fullName: string }) => r.fullName.startsWith('Bulk Reporter 99'))).toBe(true);

    const onTable = queries.filter((q) => q.sql.includes(TABLE) && /^\s*select/i.test(q.sql) && !/count\(/i.test(q.sql));
    expect(onTable.length).toBeGreaterThan(0);
    for (const query of onTable) {
      // Every row-returning select on profiles is bounded: by a LIMIT, or by a key lookup of the page's ids.
      const bounded = /\blimit\b/i.test(query.sql) || /\bin\s*\(/i.test(query.sql);
      expect({ sql: query.sql, bounded }).toEqual({ sql: query.sql, bounded: true });
    }
    const paged = onTable.find((q) => /\blimit\b/i.test(q.sql))!;
    expect(paged.bindings).toEqual(expect.arrayContaining([10, 10]));
    const counted = queries.filter((q) => q.sql.includes(TABLE) && /count\(/i.test(q.sql));
    expect(counted.length).toBe(1);
  });

  it('looks withheld profiles up through an index, not a scan of every profile', async () => {
    // The withheld sanitizer runs this lookup on every request whose `fields` leave `bylineMode` out.
    const indexes: { name: string; columns: string[] }[] = await (app.strapi.db.dialect.schemaInspector as any).getIndexes(TABLE);
    expect(indexes.filter((index) => index.columns[0] === 'byline_mode').map((index) => index.columns)).toEqual([['byline_mode', 'locale']]);
    if (app.strapi.db.dialect.client === 'sqlite') {
      const plan = await app.strapi.db.connection.raw(`EXPLAIN QUERY PLAN SELECT id, locale FROM ${TABLE} WHERE byline_mode = ?`, ['withheld']);
      expect(plan.map((step: { detail: string }) => step.detail).join('; ')).toMatch(/^SEARCH .* USING (COVERING )?INDEX .*\(byline_mode=\?\)/);
    }
  });
});
