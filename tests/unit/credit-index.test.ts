import { compareNewestFirst, diffIndexRows, indexRowsFrom, NO_LOCALE, toEpochMs, type CreditSource, type IndexRow } from '../../server/src/domain/credit-index';
import { decodeCursor, encodeCursor } from '../../server/src/domain/archive-cursor';

const credit = (over: Partial<CreditSource>): CreditSource => ({
  reporter: 'rep1',
  contentType: 'api::article.article',
  documentId: 'art1',
  locale: 'en',
  role: 'author',
  order: 1,
  editorialDate: '2025-12-18',
  publishedAt: new Date('2026-01-20T10:00:00Z'),
  ...over,
});

const row = (over: Partial<IndexRow>): IndexRow => ({
  reporter: 'rep1',
  locale: 'en',
  contentType: 'api::article.article',
  documentId: 'art1',
  dateMs: 1,
  publishedMs: 1,
  roles: 'author',
  ...over,
});

describe('the epoch of a stored date', () => {
  it.each([
    ['a date-only string, at UTC midnight', '2025-12-18', Date.UTC(2025, 11, 18)],
    ['an ISO datetime', '2025-12-18T09:30:00.000Z', Date.UTC(2025, 11, 18, 9, 30)],
    ['a Date', new Date(Date.UTC(2024, 1, 29)), Date.UTC(2024, 1, 29)],
    ['epoch ms (SQLite)', 1766050200000, 1766050200000],
    ['epoch ms as text', '1766050200000', 1766050200000],
    ['a bigint', BigInt(5), 5],
  ])('reads %s', (_, value, expected) => {
    expect(toEpochMs(value)).toBe(expected);
  });

  it.each([null, undefined, '', 'yesterday', new Date('nope'), Number.NaN, {}])('has none for %p', (value) => {
    expect(toEpochMs(value)).toBeNull();
  });
});

describe('the index rows of an entry’s credits', () => {
  it('makes one row per reporter and locale, roles in byline order, each once', () => {
    const rows = indexRowsFrom([
      credit({ order: 3, role: 'editor' }),
      credit({ order: 1, role: 'author' }),
      credit({ order: 2, reporter: 'rep2', role: 'photographer' }),
      credit({ order: 4, role: 'author' }),
      credit({ order: 1, locale: 'uk' }),
    ]);
    expect(rows).toEqual([
      expect.objectContaining({ reporter: 'rep1', locale: 'en', roles: 'author,editor' }),
      expect.objectContaining({ reporter: 'rep1', locale: 'uk', roles: 'author' }),
      expect.objectContaining({ reporter: 'rep2', locale: 'en', roles: 'photographer' }),
    ]);
  });

  it('dates an entry by its editorial date, else by its publication; a type without locales gets the shared key', () => {
    const [dated] = indexRowsFrom([credit({})]);
    expect(dated).toMatchObject({ dateMs: Date.UTC(2025, 11, 18), publishedMs: Date.UTC(2026, 0, 20, 10) });
    const [undated] = indexRowsFrom([credit({ editorialDate: null, locale: null })]);
    expect(undated).toMatchObject({ dateMs: Date.UTC(2026, 0, 20, 10), locale: NO_LOCALE });
  });

  it('leaves out a credit of a version that is not published', () => {
    expect(indexRowsFrom([credit({ publishedAt: null })])).toEqual([]);
  });
});

describe('the change between stored and wanted rows', () => {
  it('inserts, deletes and updates by key, and counts entries per reporter and locale', () => {
    const change = diffIndexRows(
      [row({}), row({ reporter: 'rep2' }), row({ documentId: 'art2', dateMs: 5 })],
      [row({}), row({ reporter: 'rep3' }), row({ documentId: 'art2', dateMs: 6 })]
    );
    expect(change.inserts.map((r) => r.reporter)).toEqual(['rep3']);
    expect(change.deletes.map((r) => r.reporter)).toEqual(['rep2']);
    expect(change.updates).toEqual([row({ documentId: 'art2', dateMs: 6 })]);
    expect([...change.entryDeltas.values()]).toEqual(
      expect.arrayContaining([
        { reporter: 'rep3', locale: 'en', delta: 1 },
        { reporter: 'rep2', locale: 'en', delta: -1 },
        { reporter: 'rep1', locale: 'en', delta: 0 },
      ])
    );
  });

  it('is empty when nothing changed', () => {
    expect(diffIndexRows([row({})], [row({})]).entryDeltas.size).toBe(0);
  });
});

describe('newest first', () => {
  it('orders by editorial date, then publication, then type and documentId, all descending', () => {
    const rows = [
      row({ documentId: 'a', dateMs: 1, publishedMs: 9 }),
      row({ documentId: 'b', dateMs: 2, publishedMs: 1 }),
      row({ documentId: 'c', dateMs: 2, publishedMs: 3 }),
      row({ documentId: 'd', dateMs: 2, publishedMs: 3 }),
      row({ documentId: 'e', dateMs: 2, publishedMs: 3, contentType: 'api::brief.brief' }),
    ];
    expect([...rows].sort(compareNewestFirst).map((r) => r.documentId)).toEqual(['e', 'd', 'c', 'b', 'a']);
  });
});

describe('the archive cursor', () => {
  it('round-trips the sort key of an entry', () => {
    const key = { dateMs: Date.UTC(2025, 11, 18), publishedMs: 1768903200000, contentType: 'api::article.article', documentId: 'dgieoo12r3842tvlhf3ozdkz' };
    const text = encodeCursor(key);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(key);
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('{oops').toString('base64url')],
    ['too short', Buffer.from('[1,2,"api::a.b"]').toString('base64url')],
    ['a fractional date', Buffer.from('[1.5,2,"api::a.b","x"]').toString('base64url')],
    ['not a type UID', Buffer.from('[1,2,"articles","x"]').toString('base64url')],
    ['a documentId with punctuation', Buffer.from('[1,2,"api::a.b","x\' OR 1=1"]').toString('base64url')],
    ['too long', 'A'.repeat(401)],
  ])('refuses %s', (_, text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});
