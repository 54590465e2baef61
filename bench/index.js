#!/usr/bin/env node
'use strict';
// `npm run bench`: the newsroom at scale, side by side with plain Strapi relations (issues 7 and 14).
//
//   npm run bench                        build the plugin, then SQLite and (when reachable) PostgreSQL
//   npm run bench -- --archive           1,000,000 articles, one reporter on 200,000 of them
//   npm run bench -- --smoke             2,000 articles and short timings: checks the benchmark works
//   npm run bench -- --seed-only         seed (time and memory), then drop: checks the seeding
//   npm run bench -- --db sqlite         one database only
//   npm run bench -- --no-build          use the plugin's dist/ as it is
//
// Per database: create it, seed it (seed/), start the playground in production mode (the first
// start builds the credit index: measure/credit-index.js), time the requests and count their
// queries (measure/requests.js), time publishing (measure/publishing.js), time start-ups with and
// without the plugin (measure/startup.js), drop it. Results: bench/results/results.{md,json}
// (results-archive.* for the archive run). See docs/benchmark.md.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync, execSync } = require('child_process');
const { createDatabase, reachableDatabases, WORK_DIR } = require('./databases');
const { seedDatabase, startServer, freePort } = require('./playground');
const { timeScenarios, countScenarios } = require('./measure/requests');
const { measureStartup, measureAdminBundle } = require('./measure/startup');
const { timePublishing } = require('./measure/publishing');
const { creditIndexBuild } = require('./measure/credit-index');
const { timed, counted } = require('./scenarios');
const { writeResults } = require('./report');
const { BENCH_ADMIN } = require('./seed');
const { RUNS, parseArgs } = require('./runs');

const ROOT = path.resolve(__dirname, '..');

const log = (message) => console.log(message);

/** Seeds `db` at `scale`, logging progress; resolves to what seeding reports and the database's size. */
async function seedLogged(db, scale) {
  log(`\n== ${db.client}: seeding ${scale.articles} articles, ${scale.reporters} reporters`);
  const every = Math.max(1, Math.round(scale.articles / 10));
  const seeded = await seedDatabase(db, scale, ({ articles, seconds, rssMb }) => {
    if (articles % every === 0 || articles === scale.articles) log(`  ${articles} articles after ${Math.round(seconds)} s (seeding process ${rssMb} MB)`);
  });
  const databaseBytes = await db.size();
  log(
    `  seeded in ${seeded.seconds} s (CPU ${seeded.cpuSeconds} s), peak memory ${seeded.peakRssMb} MB, database ${Math.round(databaseBytes / 1048576)} MB (${seeded.credits} credits; ` +
      `${seeded.star.fullName} on ${seeded.star.articles} articles, ${seeded.regular.fullName} on ${seeded.regular.articles})`
  );
  return { seeded, databaseBytes };
}

async function benchDatabase(client, { scale, timing }, { seedOnly }) {
  const db = await createDatabase(client, `newsroom_bench_${client}_${process.pid}`);
  try {
    const { seeded, databaseBytes } = await seedLogged(db, scale);
    if (seedOnly) return null;
    const port = await freePort();

    log(`== ${client}: first start (the credit index is built from nothing)`);
    const server = await startServer(db, { plugin: true, port });
    let result;
    try {
      const creditIndex = await creditIndexBuild(server);
      const firstStartMs = Math.round(server.startupMs);
      log(
        `  listening after ${firstStartMs} ms; ${creditIndex ? `credit index built from nothing: ${creditIndex.seconds} s ("${creditIndex.last}")` : 'no credit index in this build'}`
      );
      log(`== ${client}: requests`);
      const auth = { adminToken: await server.adminToken(BENCH_ADMIN) };
      const timedResults = await timeScenarios(server, timed(seeded, auth), timing, log);
      log(`== ${client}: queries per request`);
      const queries = await countScenarios(server, counted(seeded, auth));
      // Last: each publish changes the data the requests above read.
      log(`== ${client}: publishing through the Content Manager`);
      const publishing = await timePublishing(server, seeded.editedDrafts, auth, timing, log);
      result = { seeded, databaseBytes, firstStartMs, creditIndex, timed: timedResults, queries, publishing };
    } finally {
      await server.stop();
    }

    log(`== ${client}: start-up`);
    result.startup = await measureStartup(db, { runs: timing.startups, port }, log);
    return result;
  } finally {
    await db.drop();
  }
}

const git = (command) => execSync(`git ${command}`, { cwd: ROOT, encoding: 'utf8' }).trim();

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const run = RUNS[args.run];
  if (args.build) {
    log('== building the plugin (npm run build)');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  // The children's logs (named in any error) hold this run only.
  fs.mkdirSync(WORK_DIR, { recursive: true });
  for (const file of fs.readdirSync(WORK_DIR).filter((name) => name.endsWith('.log'))) fs.rmSync(path.join(WORK_DIR, file));

  const { clients, skipped } = await reachableDatabases(args.databases);

  // A database whose run fails is reported as failed; the others' figures are still written.
  const databases = {};
  const failed = [];
  for (const client of clients) {
    try {
      databases[client] = await benchDatabase(client, run, args);
    } catch (error) {
      console.error(error);
      failed.push(`${client}: ${error.message}`);
    }
  }

  if (args.seedOnly) process.exit(failed.length ? 1 : 0);

  const results = {
    run: args.run,
    smoke: args.run === 'smoke',
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: git('rev-parse --short HEAD'),
    dirty: git('status --porcelain -- server bench playground/src').length > 0,
    machine: `${os.cpus().length} × ${os.cpus()[0].model.trim()}, Node ${process.version}`,
    scale: run.scale,
    timing: run.timing,
    adminBundle: measureAdminBundle(path.join(ROOT, 'dist', 'admin')),
    databases,
    skipped: [...skipped, ...failed.map((message) => `failed, ${message}`)],
  };
  if (clients.length > failed.length) log(`\n${writeResults(results, path.join(__dirname, 'results'), args.run)}`);
  if (failed.length) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
