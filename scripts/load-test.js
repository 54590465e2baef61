#!/usr/bin/env node
// Load on the public API of a seeded playground in production mode, on loopback:
//   node scripts/load-test.js [--duration 60] [--connections 100] [--db sqlite|postgres]
// Fails (exit 1) on any error, timeout or non-2xx answer. Figures go to stdout as a table.
'use strict';
const { fork } = require('child_process');
const path = require('path');
const autocannon = require('autocannon');
const { createDatabase } = require('../bench/databases');

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > -1 ? process.argv[at + 1] : fallback;
};
const duration = Number(arg('duration', 60));
const connections = Number(arg('connections', 100));
const client = arg('db', 'sqlite');
const root = path.resolve(__dirname, '..');

/** The seeded playground in production mode, in its own process; resolves with its base URL. */
function startServer(env) {
  const child = fork(path.join(root, 'tests', 'helpers', 'child-strapi.js'), ['serve'], {
    env: { ...process.env, ...env, NODE_ENV: 'production', SEED_DEMO: 'true', STRAPI_TELEMETRY_DISABLED: 'true', HOST: '127.0.0.1', PORT: '0' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => (message.ready ? resolve({ child, base: `http://127.0.0.1:${message.port}` }) : reject(new Error(message.error))));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const run = (title, url) =>
  new Promise((resolve, reject) => {
    // 30 s, as a CDN or reverse proxy would wait for the origin before giving up.
    autocannon({ title, url, connections, duration, timeout: 30 }, (error, result) => (error ? reject(error) : resolve(result)));
  });

(async () => {
  const db = await createDatabase(client, `newsroom_load_${process.pid}`);
  // PostgreSQL: 20 connections instead of the playground's 10, for 100 clients.
  const { child, base } = await startServer(client === 'postgres' ? { ...db.env, DATABASE_POOL_MAX: '20' } : db.env);
  let failed = false;
  try {
    const zelensky = await (await fetch(`${base}/api/articles?filters[slug][$startsWith]=zelensky&fields[0]=title`)).json();
    const documentId = zelensky.data[0].documentId;
    const targets = [
      [
        'articles page (credits, reporters, photos, key facts)',
        `${base}/api/articles?locale=en&pagination[pageSize]=10&populate[credits][populate][reporter][populate]=photo&populate[keyFacts][populate][facts][populate]=sources`,
      ],
      ['bylines route', `${base}/api/newsroom/bylines/articles/${documentId}?locale=uk`],
    ];
    const rows = [];
    for (const [title, url] of targets) {
      await run(`${title} (warm-up)`, url).catch(() => undefined);
      const result = await run(title, url);
      const bad = result.errors + result.timeouts + result.non2xx;
      failed ||= bad > 0;
      rows.push(
        `| ${title} | ${client} | ${duration} s × ${connections} | ${result.requests.total} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors} | ${result.timeouts} | ${result.non2xx} |`
      );
    }
    console.log('\n| target | db | load | requests | req/s | p50 ms | p99 ms | errors | timeouts | non-2xx |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await db.drop();
  }
  process.exit(failed ? 1 : 0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
