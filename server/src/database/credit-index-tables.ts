import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * The credit index's own tables. Not content types: Strapi would give every row a documentId,
 * timestamps and publication columns, twice the size for rows that are only a sort key. Strapi
 * leaves tables it did not create alone, so they survive schema syncs and a disabled plugin.
 */
export const CREDIT_INDEX_TABLES = {
  /** One row per published (reporter, entry, locale). */
  rows: 'newsroom_credit_index',
  /** Per (reporter, locale): how many entries, and the newest editorial date. */
  totals: 'newsroom_credit_totals',
  /** The build's state: the configuration it was built for, its progress, and who holds the lease. */
  state: 'newsroom_credit_index_state',
  /** A build's rows before they move into `rows`: no key, no index, so each batch only appends. */
  staged: 'newsroom_credit_index_build',
} as const;

/**
 * The rows' secondary indexes, names short enough for every database's identifier limit: a
 * reporter's page in one locale, newest first (one seek, then LIMIT rows read in order), and an
 * entry's rows (when it is published, unpublished, edited or deleted).
 */
const ARCHIVE_INDEXES = [
  { name: 'newsroom_credit_index_seek', columns: ['reporter', 'locale', 'date_ms', 'published_ms', 'content_type', 'document_id'] },
  { name: 'newsroom_credit_index_entry', columns: ['content_type', 'document_id'] },
];

const indexNames = async (strapi: Core.Strapi, table: string) => {
  const inspector = strapi.db.dialect.schemaInspector as unknown as { getIndexes(table: string): Promise<{ name: string }[]> };
  return new Set((await inspector.getIndexes(table)).map((index) => index.name));
};

/**
 * A build from nothing drops the secondary indexes and creates them once the rows are in: inserting
 * 1.2 million rows into three B-trees took 3.4× as long on SQLite as into one and sorting the
 * other two after (101 s against 30 s).
 */
export const dropArchiveIndexes = async (strapi: Core.Strapi) => {
  const existing = await indexNames(strapi, CREDIT_INDEX_TABLES.rows);
  for (const { name, columns } of ARCHIVE_INDEXES.filter((index) => existing.has(index.name))) {
    await strapi.db.getSchemaConnection().alterTable(CREDIT_INDEX_TABLES.rows, (table) => {
      table.dropIndex(columns, name);
    });
  }
};

export const ensureArchiveIndexes = async (strapi: Core.Strapi) => {
  const existing = await indexNames(strapi, CREDIT_INDEX_TABLES.rows);
  for (const { name, columns } of ARCHIVE_INDEXES.filter((index) => !existing.has(index.name))) {
    await strapi.db.getSchemaConnection().alterTable(CREDIT_INDEX_TABLES.rows, (table) => {
      table.index(columns, name);
    });
  }
};

/**
 * Text columns compared and ordered by bytes on every database (the keyset cursor compares
 * `(date, published, type, documentId)` tuples, and JavaScript merges two locales' seeks the same
 * way): SQLite's default, `utf8mb4_bin` on MySQL, `"C"` on PostgreSQL.
 */
const textColumn = (client: string) => (table: Knex.CreateTableBuilder, name: string, length: number) => {
  if (client === 'postgres') return table.specificType(name, `varchar(${length}) collate "C"`).notNullable();
  const column = table.string(name, length).notNullable();
  return client === 'mysql' ? column.collate('utf8mb4_bin') : column;
};

/** Creates the tables that are missing; a few catalogue reads once they exist. */
export const ensureCreditIndexTables = async (strapi: Core.Strapi) => {
  // A schema builder runs every statement it was given so far: a new one per statement.
  const schema = () => strapi.db.getSchemaConnection();
  const text = textColumn(strapi.db.dialect.client);

  const rowColumns = (table: Knex.CreateTableBuilder) => {
    text(table, 'reporter', 64);
    text(table, 'locale', 32);
    text(table, 'content_type', 255);
    text(table, 'document_id', 64);
    table.bigInteger('date_ms').notNullable();
    table.bigInteger('published_ms').notNullable();
    table.string('roles', 255).notNullable();
  };

  if (!(await schema().hasTable(CREDIT_INDEX_TABLES.rows))) {
    await schema().createTable(CREDIT_INDEX_TABLES.rows, (table) => {
      rowColumns(table);
      table.primary(['reporter', 'locale', 'content_type', 'document_id']);
    });
    strapi.log.info(`[newsroom] credit index: created table ${CREDIT_INDEX_TABLES.rows}`);
  }
  if (!(await schema().hasTable(CREDIT_INDEX_TABLES.staged))) {
    await schema().createTable(CREDIT_INDEX_TABLES.staged, rowColumns);
  }
  // Also after a build that was cut short while they were dropped.
  await ensureArchiveIndexes(strapi);
  if (!(await schema().hasTable(CREDIT_INDEX_TABLES.totals))) {
    await schema().createTable(CREDIT_INDEX_TABLES.totals, (table) => {
      text(table, 'reporter', 64);
      text(table, 'locale', 32);
      table.integer('entries').notNullable();
      table.bigInteger('latest_ms').nullable();
      table.primary(['reporter', 'locale']);
    });
  }
  if (!(await schema().hasTable(CREDIT_INDEX_TABLES.state))) {
    await schema().createTable(CREDIT_INDEX_TABLES.state, (table) => {
      table.string('name', 64).notNullable().primary();
      table.string('fingerprint', 64).notNullable();
      table.string('status', 16).notNullable();
      table.text('progress').nullable();
      table.string('lease_owner', 64).nullable();
      table.bigInteger('lease_until').nullable();
    });
  }
};
