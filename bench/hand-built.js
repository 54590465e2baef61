#!/usr/bin/env node
'use strict';
// `npm run bench:hand-built`: the plugin against the same data model built by hand.
//
//   npm run bench:hand-built                    the benchmark's full data; SQLite, then PostgreSQL if reachable (~6 min)
//   npm run bench:hand-built -- --smoke         its smoke data (--archive: its archive data)
//   npm run bench:hand-built -- --db sqlite     one database
//
// The main benchmark compares the plugin's page of articles with a plain many-to-many to authors;
// this asks what is left once the model is the same: the playground with the plugin, and the
// hand-built site of measure/hand-built-site.js (the plugin's types and components in the site's
// own src/, none of the plugin's code) on a copy of the same database. Both serve the same page,
// credits → reporter → photo, taking turns; the baseline page is timed beside them.
// Results: bench/results/hand-built.md (smoke: hand-built.md.tmp; archive: hand-built-archive.md).

const fs = require('fs');
const path = require('path');
const { createDatabase, reachableDatabases, WORK_DIR } = require('./databases');
const { seedDatabase, readPluginModels, startServer, freePort } = require('./playground');
const { writeHandBuiltSite } = require('./measure/hand-built-site');
const { latencies, summarize, fetchChecked, round } = require('./measure/http');
const { RUNS, DATABASE_NAMES, parseArgs, resultsFile } = require('./runs');

const PAGE = 'locale=en&pagination[pageSize]=25';
const REQUESTS = {
  plugin: { site: 'plugin', path: `/api/articles?${PAGE}&populate[credits][populate][reporter][populate]=photo` },
  handBuilt: { site: 'handBuilt', path: `/api/articles?${PAGE}&populate[credits][populate][reporter][populate]=photo` },
  baseline: { site: 'plugin', path: `/api/plain-articles?${PAGE}&populate[authors][populate]=photo` },
};
const LABELS = {
  plugin: 'plugin: credits → reporter → photo',
  handBuilt: 'the same model hand-built, no plugin',
  baseline: 'baseline: plain many-to-many authors → photo',
};

/**
 * What the hand-built site needs from the seeded data: photos linked to its own type's uid (the
 * morph table names the uid), and the public role's read permission on profiles, which the
 * playground grants the plugin's. Straight SQL, as the seed writes.
 */
async function adoptSeededData(db) {
  await db.query(
    "UPDATE files_related_mph SET related_type = 'api::reporter-profile.reporter-profile' WHERE related_type = 'plugin::newsroom.reporter-profile'"
  );
  const [role] = await db.query("SELECT id FROM up_roles WHERE type = 'public'");
  for (const action of ['find', 'findOne']) {
    const [permission] = await db.query(
      'INSERT INTO up_permissions (document_id, action, created_at, updated_at, published_at) VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP) RETURNING id',
      [`handbuilt${action}`.padEnd(24, '0'), `api::reporter-profile.reporter-profile.${action}`]
    );
    await db.query('INSERT INTO up_permissions_role_lnk (permission_id, role_id, permission_ord) VALUES (?, ?, 1)', [permission.id, role.id]);
  }
}

/** The credits both sites answer, reporter by reporter; a withheld reporter is the one difference. */
const bylines = (body) => body.data.flatMap((article) => article.credits.map((credit) => `${credit.role} ${credit.reporter?.slug ?? '(withheld)'}`));

/** Seeds `client`, starts both sites, times the three pages taking turns; drops everything after. */
async function compare(client, { scale, timing }) {
  const db = await createDatabase(client, `newsroom_hand_built_${client}_${process.pid}`);
  const appDir = path.join(WORK_DIR, `hand-built-site-${client}-${process.pid}`);
  let copy;
  const servers = {};
  try {
    console.log(`== ${client}: seeding ${scale.articles} articles, ${scale.reporters} reporters`);
    await seedDatabase(db, scale);
    writeHandBuiltSite(await readPluginModels(db), appDir);
    copy = await db.copy('handbuilt');
    // The first start syncs the hand-built schema (the plugin's tables become the site's).
    await (await startServer(copy, { plugin: false, port: await freePort(), appDir })).stop();
    await adoptSeededData(copy);

    servers.plugin = await startServer(db, { plugin: true, port: await freePort() });
    servers.handBuilt = await startServer(copy, { plugin: false, port: await freePort(), appDir });
    const bodies = {};
    for (const [side, { site, path: requestPath }] of Object.entries(REQUESTS)) {
      bodies[side] = (await fetchChecked(servers[site].url, { path: requestPath })).body;
      await latencies(servers[site].url, [{ path: requestPath }], timing.warmup);
    }
    const handBuiltCredits = bylines(bodies.handBuilt);
    const alike = bylines(bodies.plugin).filter((credit, i) => credit === handBuiltCredits[i]).length;
    console.log(`== ${client}: timing (${timing.rounds} rounds of ${timing.duration} s per side); ${alike} of ${handBuiltCredits.length} credits alike`);

    const times = Object.fromEntries(Object.keys(REQUESTS).map((side) => [side, []]));
    const cpu = Object.fromEntries(Object.keys(REQUESTS).map((side) => [side, 0]));
    for (let r = 0; r < timing.rounds; r += 1) {
      for (const [side, { site, path: requestPath }] of Object.entries(REQUESTS)) {
        const before = await servers[site].cpuMs();
        times[side].push(...(await latencies(servers[site].url, [{ path: requestPath }], timing.duration)));
        cpu[side] += (await servers[site].cpuMs()) - before;
      }
    }
    const stats = Object.fromEntries(
      Object.keys(REQUESTS).map((side) => [
        side,
        { ...summarize(times[side], timing.rounds * timing.duration), cpuMs: round(cpu[side] / times[side].length, 2) },
      ])
    );
    return { stats, alike, credits: handBuiltCredits.length };
  } finally {
    for (const server of Object.values(servers)) await server.stop();
    await copy?.drop();
    await db.drop();
    fs.rmSync(appDir, { recursive: true, force: true });
  }
}

async function main() {
  // No build here: it uses the plugin's dist/ as it is (`--no-build` is accepted and changes nothing).
  const args = parseArgs(process.argv.slice(2));
  const run = RUNS[args.run];
  const { clients, skipped } = await reachableDatabases(args.databases);
  for (const reason of skipped) console.log(`Not run: ${reason}`);
  const results = {};
  for (const client of clients) results[client] = await compare(client, run);

  const { scale, timing } = run;
  const ratio = (r, side, key) => round(r.stats.plugin[key] / r.stats[side][key], 2);
  const cells = (r, side) => {
    const { median, p95, cpuMs } = r.stats[side];
    return `${median} / ${p95} | ${cpuMs} | ${side === 'plugin' ? '' : `${ratio(r, side, 'median')}, ${ratio(r, side, 'cpuMs')}`}`;
  };
  const lines = [
    '# The plugin against the same model built by hand',
    '',
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${scale.articles.toLocaleString('en')} articles, ${scale.reporters.toLocaleString('en')} reporters (bench/hand-built.js). One client, ${timing.rounds} × ${timing.duration} s per side, taking turns. Median / p95 ms, CPU ms per request, and plugin ÷ this (median, CPU).`,
    '',
    `| page of 25 articles | ${clients.map((c) => `${DATABASE_NAMES[c]} ms | CPU ms | plugin ÷ this`).join(' | ')} |`,
    `|---|${clients.map(() => '---|---|---').join('|')}|`,
    ...Object.keys(REQUESTS).map((side) => `| ${LABELS[side]} | ${clients.map((c) => cells(results[c], side)).join(' | ')} |`),
    '',
    ...clients.map(
      (c) =>
        `${DATABASE_NAMES[c]}: ${results[c].alike} of ${results[c].credits} credits on the page alike; the others are withheld reporters, whom only the plugin hides.`
    ),
    '',
  ];
  const text = lines.join('\n');
  console.log(`\n${text}`);
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, resultsFile(args.run, 'hand-built', 'md')), text);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
