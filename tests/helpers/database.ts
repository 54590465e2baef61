import fs from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export interface TestDatabase {
  client: DatabaseClient;
  /** Environment that points the playground's config/database.js at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const databaseClient = (): DatabaseClient => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres' && client !== 'mysql') {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql, not "${client}"`);
  }
  return client;
};

/** A new, empty database for one test file, so no run ever sees another's data. */
export async function createTestDatabase(client = databaseClient()): Promise<TestDatabase> {
  const name = `newsroom_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

  if (client === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
    const filename = path.join(dir, 'data.db');
    return {
      client,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }

  if (client === 'postgres') {
    const { Client } = await import('pg');
    const admin = { host: '127.0.0.1', port: 5432, user: process.env.PGUSER ?? 'postgres', database: 'test' };
    const run = async (sql: string) => {
      const connection = new Client(admin);
      await connection.connect();
      try {
        await connection.query(sql);
      } finally {
        await connection.end();
      }
    };
    await run(`CREATE DATABASE ${name}`);
    return {
      client,
      env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name, DATABASE_USERNAME: admin.user, DATABASE_PASSWORD: '' },
      drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }

  const mysql = await import('mysql2/promise');
  const run = async (sql: string) => {
    const connection = await mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root', password: '' });
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  };
  await run(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return {
    client,
    env: { DATABASE_CLIENT: 'mysql', DATABASE_NAME: name, DATABASE_USERNAME: 'root', DATABASE_PASSWORD: '' },
    drop: () => run(`DROP DATABASE IF EXISTS ${name}`),
  };
}
