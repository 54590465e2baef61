import crypto from 'crypto';
import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { getConfig } from '../../plugin-config';
import { compareNewestFirst, diffIndexRows, indexRowsFrom, NO_LOCALE, pairKey, type IndexRow } from '../../domain/credit-index';
import type { ArchiveCursor } from '../../domain/archive-cursor';
import { CREDIT_INDEX_TABLES as T, dropArchiveIndexes, ensureArchiveIndexes } from '../../database/credit-index-tables';
import { qualifiedName, tableOf } from '../../database/metadata';
import { countPublished, nextPublishedBatch, readCreditSources } from '../../database/credit-sources';
import { analyzeStaleTables } from '../../database/statistics';
import { raiseChangeCounter } from '../../database/change-counters';
import { isLocalizedType } from '../../domain/localized-type';
import type { StoredRow as Row } from '../../domain/stored-row';

type Trx = Knex.Transaction;

const STATE = 'credit-index';
// Raised when what a row holds changes, so existing indexes are rebuilt.
const FORMAT = 1;
const BATCH = 2000;
// A builder renews its lease after every batch; a killed one's is taken over after this.
const LEASE_MS = 10_000;
const CHUNK = 500;
const PROGRESS_EVERY_MS = 5_000;

const toRow = (row: Row): IndexRow => ({
  reporter: row.reporter,
  locale: row.locale,
  contentType: row.content_type,
  documentId: row.document_id,
  dateMs: Number(row.date_ms),
  publishedMs: Number(row.published_ms),
  roles: row.roles,
});

const toColumns = (row: IndexRow) => ({
  reporter: row.reporter,
  locale: row.locale,
  content_type: row.contentType,
  document_id: row.documentId,
  date_ms: row.dateMs,
  published_ms: row.publishedMs,
  roles: row.roles,
});

const KEY = ['reporter', 'locale', 'content_type', 'document_id'];
const NEWEST_FIRST = ['date_ms', 'published_ms', 'content_type', 'document_id'].map((column) => ({ column, order: 'desc' as const }));

const chunks = <V>(items: V[], size = CHUNK): V[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export interface Progress {
  /** The enabled type being read (its place in `contentTypes`), and the last row id done in it. */
  type: number;
  after: number;
  /** Published rows read so far, of `total`. */
  done: number;
}

export interface BuildOptions {
  /** Published rows per batch (one transaction each). */
  batchSize?: number;
  /** Called after each committed batch. */
  onProgress?: (progress: { done: number; total: number }) => unknown;
}

/**
 * The credit index: kept in the transaction of every change that moves it (see
 * document-middlewares and reporter-merge), built at start-up when missing or made for another
 * configuration, and read by reporter pages, feeds, the sitemap and the directory's counts.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const table = tableOf(strapi);
  const client = strapi.db.dialect.client;
  // SQLite has one writer at a time; PostgreSQL and MySQL writers lock the totals rows they change.
  const rowLocks = client !== 'sqlite';
  const inTransaction = <R>(work: (trx: Trx) => Promise<R>): Promise<R> => strapi.db.transaction(({ trx }) => work(trx)) as Promise<R>;
  const owner = `${process.pid}-${crypto.randomBytes(6).toString('hex')}`;

  /** Whether some enabled type has no locales: its rows (locale '') join every locale's page. */
  const localeKeys = (locale: string) => {
    const unlocalized = getConfig(strapi).contentTypes.some((uid) => !isLocalizedType(strapi.contentType(uid as UID.ContentType)));
    return unlocalized && locale !== NO_LOCALE ? [locale, NO_LOCALE] : [locale];
  };

  /** What the index is built for: a different one means a rebuild. */
  const fingerprint = () => {
    const { contentTypes, dateFields } = getConfig(strapi);
    const types = [...contentTypes].sort().map((uid) => [uid, dateFields[uid] ?? null, isLocalizedType(strapi.contentType(uid as UID.ContentType))]);
    return crypto
      .createHash('sha256')
      .update(JSON.stringify({ format: FORMAT, types }))
      .digest('hex')
      .slice(0, 64);
  };

  /**
   * Turns the rows `readExisting` finds into `wanted`, and keeps the totals of every (reporter,
   * locale) pair touched exact. Writers take the pairs' totals rows first, in one order, and read
   * the rows again under that lock, so concurrent writers neither lose a count nor deadlock.
   */
  const writeChange = async (trx: Trx, readExisting: () => Promise<IndexRow[]>, wanted: IndexRow[]) => {
    let existing = await readExisting();
    let change = diffIndexRows(existing, wanted);
    if (change.entryDeltas.size === 0) return;

    const locked = new Map<string, { entries: number; latest: number | null }>();
    const lock = async (pairs: { reporter: string; locale: string }[]) => {
      const missing = pairs.filter((pair) => !locked.has(pairKey(pair))).sort((a, b) => (pairKey(a) < pairKey(b) ? -1 : 1));
      for (const part of chunks(missing)) {
        await table(trx, T.totals)
          .insert(part.map(({ reporter, locale }) => ({ reporter, locale, entries: 0, latest_ms: null })))
          .onConflict(['reporter', 'locale'])
          .ignore();
        const query = table(trx, T.totals)
          .whereIn(
            ['reporter', 'locale'],
            part.map(({ reporter, locale }) => [reporter, locale])
          )
          .orderBy([{ column: 'reporter' }, { column: 'locale' }])
          .select('reporter', 'locale', 'entries', 'latest_ms');
        for (const row of (await (rowLocks ? query.forUpdate() : query)) as Row[]) {
          locked.set(pairKey(row as IndexRow), { entries: Number(row.entries), latest: row.latest_ms === null ? null : Number(row.latest_ms) });
        }
      }
    };
    await lock([...change.entryDeltas.values()]);
    if (rowLocks) {
      existing = await readExisting();
      change = diffIndexRows(existing, wanted);
      await lock([...change.entryDeltas.values()]);
    }

    for (const part of chunks(change.deletes)) {
      await table(trx, T.rows)
        .whereIn(
          KEY,
          part.map((row) => [row.reporter, row.locale, row.contentType, row.documentId])
        )
        .delete();
    }
    for (const part of chunks([...change.inserts, ...change.updates])) {
      await table(trx, T.rows).insert(part.map(toColumns)).onConflict(KEY).merge(['date_ms', 'published_ms', 'roles']);
    }

    // The newest date of a pair only needs a seek when the row that held it went away or moved back.
    const before = new Map(existing.map((row) => [`${pairKey(row)}\u0000${row.contentType}\u0000${row.documentId}`, row]));
    const totals = [];
    for (const [key, { reporter, locale, delta }] of change.entryDeltas) {
      const current = locked.get(key)!;
      const changed = [...change.inserts, ...change.updates].filter((row) => pairKey(row) === key);
      const lost = [...change.deletes, ...change.updates]
        .filter((row) => pairKey(row) === key)
        .some((row) => before.get(`${key}\u0000${row.contentType}\u0000${row.documentId}`)?.dateMs === current.latest);
      let latest = current.latest;
      if (lost) {
        const newest = table(trx, T.rows).where({ reporter, locale }).orderBy(NEWEST_FIRST).first('date_ms');
        const row = (await (client === 'mysql' ? newest.forShare() : newest)) as Row | undefined;
        latest = row ? Number(row.date_ms) : null;
      } else {
        for (const row of changed) latest = latest === null ? row.dateMs : Math.max(latest, row.dateMs);
      }
      totals.push({ reporter, locale, entries: current.entries + delta, latest_ms: latest });
    }
    for (const part of chunks(totals)) {
      await table(trx, T.totals).insert(part).onConflict(['reporter', 'locale']).merge(['entries', 'latest_ms']);
    }
    // The sitemap's lastmod is a reporter's newest date.
    if (totals.some((total) => total.latest_ms !== locked.get(pairKey(total))!.latest)) await raiseChangeCounter(strapi, trx, 'reporter-sitemap');
  };

  const readState = async (trx: Knex | Trx = strapi.db.connection) => ((await table(trx, T.state).where({ name: STATE }).first()) as Row | undefined) ?? null;

  /**
   * While a build stages rows, a writer first removes the staged rows its change supersedes (an
   * entry's, or a reporter's), then writes the index itself: the build's final move takes only rows
   * no writer has rewritten since they were staged.
   */
  const unstage = async (trx: Trx, where: (query: Knex.QueryBuilder) => void) => {
    if ((await readState(trx))?.status === 'building') await table(trx, T.staged).where(where).delete();
  };

  /** Takes or renews the build lease; false while another live process holds it. */
  const takeLease = async (trx: Knex | Trx = strapi.db.connection) => {
    const now = Date.now();
    const updated = await table(trx, T.state)
      .where({ name: STATE })
      .where((q) => q.whereNull('lease_owner').orWhere('lease_owner', owner).orWhere('lease_until', '<', now))
      .update({ lease_owner: owner, lease_until: now + LEASE_MS });
    return Number(updated) === 1;
  };

  const qualified = (name: string) => qualifiedName(strapi, name);

  /**
   * The end of a build: the staged rows go into the index in key order, so every insert appends to
   * its B-tree (1.5 million rows in random order took 195 s on SQLite; staged, then moved sorted,
   * 28 s). Rows a writer put there meanwhile win. Writers wait for the move (PostgreSQL: a table
   * lock; MySQL: INSERT … SELECT locks what it reads), so none removes staged rows it has missed.
   */
  const moveStagedRows = async () => {
    const columns = KEY.concat('date_ms', 'published_ms', 'roles').join(', ');
    const select = `select ${columns} from ?? order by ${KEY.join(', ')}`;
    const names = [qualified(T.rows), qualified(T.staged)];
    await inTransaction(async (trx) => {
      if (client === 'postgres') await trx.raw('lock table ?? in share mode', [qualified(T.staged)]);
      if (client === 'sqlite') await trx.raw(`insert or ignore into ?? (${columns}) ${select}`, names);
      else if (client === 'mysql') await trx.raw(`insert ignore into ?? (${columns}) ${select}`, names);
      else await trx.raw(`insert into ?? (${columns}) ${select} on conflict do nothing`, names);
    });
    await table(strapi.db.connection, T.staged).truncate();
  };

  return {
    /** Re-reads the credits of these entries (every locale) and writes what changed. */
    async reindexEntries(uid: string, documentIds: string[]) {
      if (documentIds.length === 0) return;
      await inTransaction(async (trx) => {
        await unstage(trx, (query) => query.where('content_type', uid).whereIn('document_id', documentIds));
        const wanted = indexRowsFrom(await readCreditSources(strapi, trx, uid, { documentIds }));
        const readExisting = async () => ((await table(trx, T.rows).where('content_type', uid).whereIn('document_id', documentIds)) as Row[]).map(toRow);
        await writeChange(trx, readExisting, wanted);
      });
    },

    /** Re-reads every credit of these reporters: after a merge, an unpublish or a delete. */
    async reindexReporters(reporterDocumentIds: string[]) {
      await inTransaction(async (trx) => {
        for (const reporter of new Set(reporterDocumentIds)) {
          await unstage(trx, (query) => query.where({ reporter }));
          const sources = [];
          for (const uid of getConfig(strapi).contentTypes) sources.push(...(await readCreditSources(strapi, trx, uid, { reporter })));
          const readExisting = async () => ((await table(trx, T.rows).where({ reporter })) as Row[]).map(toRow);
          await writeChange(trx, readExisting, indexRowsFrom(sources));
        }
      });
    },

    /**
     * One page of a reporter's published entries in a locale, newest first: `offset` rows in, or
     * after `before`. Reads at most `offset + limit` index entries per locale key, in index order.
     */
    async page(reporter: string, { locale, limit, offset = 0, before }: { locale: string; limit: number; offset?: number; before?: ArchiveCursor }) {
      const keys = localeKeys(locale);
      const seek = (key: string) => {
        const query = table(strapi.db.connection, T.rows).where({ reporter, locale: key });
        if (before) {
          query.whereRaw('(date_ms, published_ms, content_type, document_id) < (?, ?, ?, ?)', [
            before.dateMs,
            before.publishedMs,
            before.contentType,
            before.documentId,
          ]);
        }
        return query
          .orderBy(NEWEST_FIRST)
          .limit(keys.length === 1 ? limit : offset + limit)
          .offset(keys.length === 1 ? offset : 0);
      };
      const [totals, ...lists] = await Promise.all([
        table(strapi.db.connection, T.totals).where({ reporter }).whereIn('locale', keys).select('entries', 'latest_ms'),
        ...keys.map(seek),
      ]);
      const merged = (lists as Row[][]).flat().map(toRow);
      const rows = keys.length === 1 ? merged : merged.sort(compareNewestFirst).slice(offset, offset + limit);
      const total = (totals as Row[]).reduce((sum, row) => sum + Number(row.entries), 0);
      const latest = (totals as Row[]).reduce<number | null>((max, row) => (row.latest_ms === null ? max : Math.max(max ?? 0, Number(row.latest_ms))), null);
      return { rows, total, latest };
    },

    /** Per reporter: their number of published entries in `locale` (with those of types without locales). */
    async counts(reporters: string[], locale: string) {
      const counts: Record<string, number> = Object.fromEntries(reporters.map((reporter) => [reporter, 0]));
      for (const part of chunks(reporters)) {
        const rows = (await table(strapi.db.connection, T.totals)
          .whereIn('reporter', part)
          .whereIn('locale', localeKeys(locale))
          .select('reporter', 'entries')) as Row[];
        for (const row of rows) counts[row.reporter] += Number(row.entries);
      }
      return counts;
    },

    /** Per reporter with any published entry: the newest editorial date, epoch ms, over every locale. */
    async latestDates(): Promise<Map<string, number>> {
      const rows = (await table(strapi.db.connection, T.totals)
        .whereNotNull('latest_ms')
        .groupBy('reporter')
        .select('reporter')
        .max({ latest: 'latest_ms' })) as Row[];
      return new Map(rows.map((row) => [row.reporter as string, Number(row.latest)]));
    },

    /** The build's state: `ready`, `building` (with its progress), or null before the first build. */
    async status() {
      const state = await readState();
      return (
        state && {
          status: state.status as string,
          current: state.fingerprint === fingerprint(),
          progress: state.progress ? (JSON.parse(state.progress) as Progress) : null,
        }
      );
    },

    /** At start-up: builds the index when it is missing, unfinished or made for another configuration. */
    async ensureFresh() {
      for (;;) {
        const state = await readState();
        if (state?.status === 'ready' && state.fingerprint === fingerprint()) return;
        await table(strapi.db.connection, T.state).insert({ name: STATE, fingerprint: '', status: 'missing' }).onConflict('name').ignore();
        if (await takeLease()) {
          const resume = state?.status === 'building' && state.fingerprint === fingerprint();
          return this.build({ resume });
        }
        strapi.log.info('[newsroom] credit index: another instance is building it; waiting');
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    },

    /**
     * Builds the index again from the database, e.g. after entries were written with the plugin
     * disabled or by raw SQL. Reporter pages list nothing until its rows move in, at the end.
     */
    async rebuild(options: BuildOptions = {}) {
      await table(strapi.db.connection, T.state).insert({ name: STATE, fingerprint: '', status: 'missing' }).onConflict('name').ignore();
      if (!(await takeLease())) throw new Error('The credit index is being built by another process');
      await this.build({ ...options, resume: false });
    },

    /** Builds the index in batches; `resume` continues a build that was cut short where it stopped. */
    async build({ resume, batchSize = BATCH, onProgress }: BuildOptions & { resume: boolean }) {
      const started = Date.now();
      const types = getConfig(strapi).contentTypes;
      let progress: Progress = { type: 0, after: 0, done: 0 };
      const state = await readState();
      if (resume && state?.progress) {
        progress = JSON.parse(state.progress);
        strapi.log.info(`[newsroom] credit index: resuming the build after ${progress.done.toLocaleString('en')} published rows`);
      } else {
        // Outside a transaction (MySQL commits at TRUNCATE), and before the state says building.
        await table(strapi.db.connection, T.staged).truncate();
        await inTransaction(async (trx) => {
          await table(trx, T.rows).delete();
          await table(trx, T.totals).delete();
          await table(trx, T.state)
            .where({ name: STATE })
            .update({ fingerprint: fingerprint(), status: 'building', progress: JSON.stringify(progress) });
          await raiseChangeCounter(strapi, trx, 'reporter-sitemap');
        });
        // Outside the transaction: MySQL commits at every schema change.
        await dropArchiveIndexes(strapi);
        strapi.log.info('[newsroom] credit index: building from the published entries');
      }

      let total = 0;
      for (const uid of types) total += await countPublished(strapi, strapi.db.connection, uid);
      let logged = Date.now();

      for (; progress.type < types.length; progress = { type: progress.type + 1, after: 0, done: progress.done }) {
        const uid = types[progress.type];
        for (;;) {
          const batch = await nextPublishedBatch(strapi, strapi.db.connection, uid, progress.after, batchSize);
          if (batch === null) break;
          const { upTo } = batch;
          const next: Progress = { type: progress.type, after: upTo, done: progress.done + batch.rows };
          await inTransaction(async (trx) => {
            const rows = indexRowsFrom(await readCreditSources(strapi, trx, uid, { idsAfter: progress.after, upTo }, { forShare: rowLocks }));
            for (const part of chunks(rows)) await table(trx, T.staged).insert(part.map(toColumns));
            // The lease is renewed with the progress: a builder that lost it stops here.
            if (!(await takeLease(trx))) throw new Error('[newsroom] credit index: another process took over the build');
            await table(trx, T.state)
              .where({ name: STATE })
              .update({ progress: JSON.stringify(next) });
          });
          progress = next;
          await onProgress?.({ done: progress.done, total });
          if (Date.now() - logged > PROGRESS_EVERY_MS) {
            logged = Date.now();
            strapi.log.info(
              `[newsroom] credit index: ${progress.done.toLocaleString('en')} of ${total.toLocaleString('en')} published rows (${Math.floor((100 * progress.done) / Math.max(total, 1))} %)`
            );
          }
        }
      }

      await moveStagedRows();
      await ensureArchiveIndexes(strapi);
      await inTransaction(async (trx) => {
        await table(trx, T.totals).delete();
        await trx.raw(
          'insert into ?? (reporter, locale, entries, latest_ms) select reporter, locale, count(*), max(date_ms) from ?? group by reporter, locale',
          [qualified(T.totals), qualified(T.rows)]
        );
        await table(trx, T.state).where({ name: STATE }).update({ status: 'ready', progress: null, lease_owner: null, lease_until: null });
        await raiseChangeCounter(strapi, trx, 'reporter-sitemap');
      });
      await analyzeStaleTables(strapi);
      strapi.log.info(
        `[newsroom] credit index: built from ${progress.done.toLocaleString('en')} published rows in ${((Date.now() - started) / 1000).toFixed(1)} s`
      );
    },
  };
};
