'use strict';
// Fresh databases for one benchmark run: created before seeding, dropped at the end, never shared
// with the demo (playground/.tmp) or with the test suite's databases.

const fs = require('fs');
const path = require('path');

const WORK_DIR = path.join(__dirname, '.tmp');
const POSTGRES = { host: '127.0.0.1', port: 5432, user: process.env.PGUSER ?? 'postgres', database: 'test' };

/** Runs one statement on PostgreSQL, by default on its maintenance database (CREATE/DROP DATABASE cannot run in the target). */
async function postgresAdmin(sql, params = [], database = POSTGRES.database) {
  const { Client } = require('pg');
  const client = new Client({ ...POSTGRES, database, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

async function postgresReachable() {
  try {
    await postgresAdmin('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/** Of the databases asked for, those this machine can run; PostgreSQL only when it answers. */
async function reachableDatabases(asked) {
  const clients = [];
  const skipped = [];
  for (const client of asked) {
    if (client === 'postgres' && !(await postgresReachable())) skipped.push('PostgreSQL (not reachable on 127.0.0.1:5432)');
    else clients.push(client);
  }
  return { clients, skipped };
}

/**
 * A new, empty database. `env` points the playground's config/database.js at it; `copy(suffix)`
 * clones it as it is now (start-up is timed without the plugin on a clone, because starting a site
 * without the plugin drops the plugin's tables); `query(sql, params)` runs one statement on it
 * (`?` placeholders) and resolves to its rows.
 */
async function createDatabase(client, name) {
  if (client === 'sqlite') {
    fs.mkdirSync(WORK_DIR, { recursive: true });
    const filename = path.join(WORK_DIR, `${name}.db`);
    fs.rmSync(filename, { force: true });
    const database = (file) => ({
      client,
      name: path.basename(file, '.db'),
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
      size: () => fs.statSync(file).size,
      async query(sql, params = []) {
        const Database = require('better-sqlite3');
        const db = new Database(file);
        try {
          const statement = db.prepare(sql);
          return statement.reader ? statement.all(params) : (statement.run(params), []);
        } finally {
          db.close();
        }
      },
      async copy(suffix) {
        const target = file.replace(/\.db$/, `_${suffix}.db`);
        fs.copyFileSync(file, target);
        return database(target);
      },
      async drop() {
        fs.rmSync(file, { force: true });
      },
    });
    return database(filename);
  }
  if (client === 'postgres') {
    const database = async (db, template) => {
      await postgresAdmin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await postgresAdmin(template ? `CREATE DATABASE ${db} TEMPLATE ${template}` : `CREATE DATABASE ${db}`);
      return {
        client,
        name: db,
        env: {
          DATABASE_CLIENT: 'postgres',
          DATABASE_HOST: POSTGRES.host,
          DATABASE_PORT: String(POSTGRES.port),
          DATABASE_NAME: db,
          DATABASE_USERNAME: POSTGRES.user,
          DATABASE_PASSWORD: '',
        },
        size: async () => Number((await postgresAdmin(`SELECT pg_database_size('${db}') AS size`)).rows[0].size),
        query: async (sql, params = []) => {
          let n = 0;
          return (
            await postgresAdmin(
              sql.replace(/\?/g, () => `$${(n += 1)}`),
              params,
              db
            )
          ).rows;
        },
        copy: (suffix) => database(`${db}_${suffix}`, db),
        drop: () => postgresAdmin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`),
      };
    };
    return database(name);
  }
  throw new Error(`The benchmark runs on sqlite or postgres, not "${client}"`);
}

module.exports = { createDatabase, reachableDatabases, WORK_DIR };
