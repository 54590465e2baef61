/**
 * The credit index's rows, and how they change: pure, so the rules are tested without a database.
 *
 * One row per published (reporter, entry, locale): the entry's editorial date and the reporter's
 * roles on it. Reporter pages, feeds, the sitemap and the directory's counts read it with one
 * indexed seek, whatever the size of a reporter's archive.
 */

/** The locale key of entries of a type without locales: their rows belong to every locale's page. */
export const NO_LOCALE = '';

export interface IndexRow {
  reporter: string;
  locale: string;
  contentType: string;
  documentId: string;
  /** The editorial date (the type's `dateFields` attribute, else publishedAt), epoch ms. */
  dateMs: number;
  /** publishedAt, epoch ms: orders entries of the same editorial date, newest publication first. */
  publishedMs: number;
  /** The reporter's roles on the entry, in credit order, comma-separated. */
  roles: string;
}

/** One credit of one published entry version, as read from the database. */
export interface CreditSource {
  reporter: string;
  contentType: string;
  documentId: string;
  locale: string | null;
  role: string;
  /** The credit's place in the byline. */
  order: number;
  editorialDate: unknown;
  publishedAt: unknown;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Epoch ms of a date or datetime as a database driver returns it: a Date, epoch ms (SQLite), an
 * ISO string, or a date-only string (read as UTC midnight, so every database sorts it the same).
 */
export const toEpochMs = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') {
    if (/^\d+$/.test(value)) return Number(value);
    const ms = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00.000Z` : value);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
};

export const rowKey = (row: Pick<IndexRow, 'reporter' | 'locale' | 'contentType' | 'documentId'>) =>
  `${row.reporter}\u0000${row.locale}\u0000${row.contentType}\u0000${row.documentId}`;

/** The (reporter, locale) pair whose totals a row counts in. */
export const pairKey = (row: Pick<IndexRow, 'reporter' | 'locale'>) => `${row.reporter}\u0000${row.locale}`;

/** The index rows a set of credits makes: one per (reporter, entry, locale), roles in byline order. */
export const indexRowsFrom = (sources: CreditSource[]): IndexRow[] => {
  const rows = new Map<string, IndexRow & { order: number; roleList: string[] }>();
  const ordered = [...sources].sort((a, b) => a.order - b.order);
  for (const source of ordered) {
    const publishedMs = toEpochMs(source.publishedAt);
    if (publishedMs === null) continue;
    const row = {
      reporter: source.reporter,
      locale: source.locale ?? NO_LOCALE,
      contentType: source.contentType,
      documentId: source.documentId,
      // An entry without an editorial date is dated by its publication.
      dateMs: toEpochMs(source.editorialDate) ?? publishedMs,
      publishedMs,
    };
    const key = rowKey(row);
    const existing = rows.get(key);
    if (existing) {
      if (!existing.roleList.includes(source.role)) existing.roleList.push(source.role);
    } else {
      rows.set(key, { ...row, roles: '', order: source.order, roleList: [source.role] });
    }
  }
  return [...rows.values()].map(({ order: _order, roleList, ...row }) => ({ ...row, roles: roleList.join(',') }));
};

export interface IndexChange {
  inserts: IndexRow[];
  deletes: IndexRow[];
  updates: IndexRow[];
  /** Per (reporter, locale) pair: the change in its number of entries. */
  entryDeltas: Map<string, { reporter: string; locale: string; delta: number }>;
}

/** What turns `existing` into `wanted`. Pairs whose rows only changed date or roles get a 0 delta. */
export const diffIndexRows = (existing: IndexRow[], wanted: IndexRow[]): IndexChange => {
  const before = new Map(existing.map((row) => [rowKey(row), row]));
  const after = new Map(wanted.map((row) => [rowKey(row), row]));
  const change: IndexChange = { inserts: [], deletes: [], updates: [], entryDeltas: new Map() };
  const count = (row: IndexRow, delta: number) => {
    const key = pairKey(row);
    const entry = change.entryDeltas.get(key) ?? { reporter: row.reporter, locale: row.locale, delta: 0 };
    entry.delta += delta;
    change.entryDeltas.set(key, entry);
  };
  for (const [key, row] of after) {
    const old = before.get(key);
    if (!old) {
      change.inserts.push(row);
      count(row, 1);
    } else if (old.dateMs !== row.dateMs || old.publishedMs !== row.publishedMs || old.roles !== row.roles) {
      change.updates.push(row);
      count(row, 0);
    }
  }
  for (const [key, row] of before) {
    if (!after.has(key)) {
      change.deletes.push(row);
      count(row, -1);
    }
  }
  return change;
};

/** Newest first: editorial date, then publication, then type and documentId (to be total). */
export const compareNewestFirst = (a: IndexRow, b: IndexRow) =>
  b.dateMs - a.dateMs || b.publishedMs - a.publishedMs || compareText(b.contentType, a.contentType) || compareText(b.documentId, a.documentId);

// Byte order, as the index's columns are collated (binary on MySQL, "C" on PostgreSQL).
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
