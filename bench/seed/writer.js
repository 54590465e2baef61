'use strict';
// Bulk inserts straight into the tables Strapi created, all in one transaction. Going through the
// Document Service would take hours for a million articles; this takes minutes.

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

/**
 * PostgreSQL: one `INSERT … SELECT FROM unnest(…)` per table and batch, on a native connection:
 * the rows travel as one array per column, so a statement has as many parameters as the table has
 * columns, however many rows it carries (knex's multi-row INSERTs stop at 65,535 parameters, and
 * building them cost the seeding process 20 s of CPU for 100,000 articles, against 15 s this way;
 * the database's own work, ~30 s of its CPU, is the rest).
 */
async function postgresWriter(knex) {
  const connection = await knex.client.acquireConnection();
  const arrayTypes = new Map();
  const tables = new Set();
  // Each column's type, to cast its array to: unnest of untyped parameters would be text.
  const arrayTypesOf = async (table) => {
    if (!arrayTypes.has(table)) {
      const { rows } = await connection.query(
        'SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1',
        [table]
      );
      arrayTypes.set(table, new Map(rows.map((row) => [row.column_name, `${row.udt_name}[]`])));
    }
    return arrayTypes.get(table);
  };
  await connection.query('BEGIN');
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      tables.add(table);
      const columns = Object.keys(rows[0]);
      const types = await arrayTypesOf(table);
      const list = columns.map((c) => `"${c}"`).join(', ');
      const arrays = columns.map((c, i) => `$${i + 1}::${types.get(c)}`).join(', ');
      await connection.query(
        `INSERT INTO "${table}" (${list}) SELECT * FROM unnest(${arrays})`,
        columns.map((c) => rows.map((row) => row[c] ?? null))
      );
    },
    async finish() {
      // Rows came with their ids: move each id sequence past them, or Strapi's next insert collides.
      for (const table of tables) {
        await connection.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) FROM "${table}"))`, [table]);
      }
      await connection.query('COMMIT');
      await knex.client.releaseConnection(connection);
    },
  };
}

module.exports = { openWriter };
