'use strict';
// Bulk inserts straight into the tables Strapi created, all in one transaction. Going through the
// Document Service would take hours for a million rows; this takes seconds to a minute.

/**
 * Opens a writer on Strapi's own connection. `insert(table, rows)` takes rows keyed by column name;
 * every row of one call has the same columns. Values are what knex would bind: JSON columns as
 * strings, datetimes as Date, dates as 'YYYY-MM-DD'.
 */
async function openWriter(strapi) {
  const client = strapi.db.dialect.client;
  if (client === 'sqlite') return sqliteWriter(strapi.db.connection);
  if (client === 'postgres') return postgresWriter(strapi.db.connection);
  throw new Error(`The benchmark seeds SQLite and PostgreSQL, not ${client}`);
}

/** SQLite: one prepared statement per table, run row by row on the native better-sqlite3 handle. */
async function sqliteWriter(knex) {
  const native = await knex.client.acquireConnection();
  const statements = new Map();
  // What knex's better-sqlite3 client does to bindings, so rows read back as Strapi wrote them.
  const bind = (value) => (value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : value);
  native.exec('BEGIN');
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]);
      const key = `${table}(${columns})`;
      if (!statements.has(key)) {
        const list = columns.map((c) => `"${c}"`).join(', ');
        statements.set(key, native.prepare(`INSERT INTO "${table}" (${list}) VALUES (${columns.map(() => '?').join(', ')})`));
      }
      const statement = statements.get(key);
      for (const row of rows) statement.run(columns.map((c) => bind(row[c])));
    },
    async finish() {
      native.exec('COMMIT');
      await knex.client.releaseConnection(native);
    },
  };
}

/** PostgreSQL: multi-row INSERTs through knex, in chunks under the 65,535-parameter limit. */
async function postgresWriter(knex) {
  const trx = await knex.transaction();
  const tables = new Set();
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      tables.add(table);
      const perStatement = Math.floor(60000 / Object.keys(rows[0]).length);
      for (let i = 0; i < rows.length; i += perStatement) {
        await trx(table).insert(rows.slice(i, i + perStatement));
      }
    },
    async finish() {
      // Rows came with their ids: move each id sequence past them, or Strapi's next insert collides.
      for (const table of tables) {
        await trx.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT max(id) FROM ??))`, [table, table]);
      }
      await trx.commit();
    },
  };
}

module.exports = { openWriter };
