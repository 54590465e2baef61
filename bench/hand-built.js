#!/usr/bin/env node
'use strict';
// `npm run bench:hand-built`: the plugin against the same data model built by hand, on SQLite.
//
//   npm run bench:hand-built              the benchmark's full data (~3 min)
//   npm run bench:hand-built -- --smoke   its smoke data
//
// The main benchmark compares the plugin's page of articles with a plain many-to-many to authors;
// this asks what is left once the model is the same: the playground with the plugin, and the
// hand-built site of measure/hand-built-site.js (the plugin's types and components in the site's
// own src/, none of the plugin's code) on a copy of the same database. Both serve the same page,
// credits → reporter → photo, taking turns; the baseline page is timed beside them.
// Results: bench/results/hand-built.md (smoke: hand-built.md.tmp).

const fs = require('fs');
const path = require('path');
const { createDatabase, WORK_DIR } = require('./databases');
const { seedDatabase, readPluginModels, startServer, freePort } = require('./playground');
const { writeHandBuiltSite } = require('./measure/hand-built-site');
const { latencies, summarize, fetchChecked, round } = require('./measure/http');
const { RUNS } = require('./runs');

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
function adoptSeededData(file) {
  const Database = require('better-sqlite3');
  const db = new Database(file);
  try {
    db.prepare("UPDATE files_related_mph SET related_type = 'api::reporter-profile.reporter-profile' WHERE related_type = 'plugin::newsroom.reporter-profile'").run();
    const role = db.prepare("SELECT id FROM up_roles WHERE type = 'public'").get().id;
    const now = Date.now();
    for (const action of ['find', 'findOne']) {
      const { lastInsertRowid } = db
        .prepare('INSERT INTO up_permissions (document_id, action, created_at, updated_at, published_at) VALUES (?, ?, ?, ?, ?)')
        .run(`handbuilt${action}`.padEnd(24, '0'), `api::reporter-profile.reporter-profile.${action}`, now, now, now);
      db.prepare('INSERT INTO up_permissions_role_lnk (permission_id, role_id, permission_ord) VALUES (?, ?, 1)').run(lastInsertRowid, role);
    }
  } finally {
    db.close();
  }
}

/** The credits both sites answer, reporter by reporter; a withheld reporter is the one difference. */
const bylines = (body) => body.data.flatMap((article) => article.credits.map((credit) => `${credit.role} ${credit.reporter?.slug ?? '(withheld)'}`));

async function main() {
  const smoke = process.argv.includes('--smoke');
  const { scale, timing } = RUNS[smoke ? 'smoke' : 'full'];
  const db = await createDatabase('sqlite', `newsroom_hand_built_${process.pid}`);
  const appDir = path.join(WORK_DIR, `hand-built-site-${process.pid}`);
  let copy;
  const servers = {};
  try {
    console.log(`== seeding ${scale.articles} articles, ${scale.reporters} reporters`);
    await seedDatabase(db, scale);
    writeHandBuiltSite(await readPluginModels(db), appDir);
    copy = await db.copy('handbuilt');
    // The first start syncs the hand-built schema (the plugin's tables become the site's).
    await (await startServer(copy, { plugin: false, port: await freePort(), appDir })).stop();
    adoptSeededData(copy.env.DATABASE_FILENAME);

    servers.plugin = await startServer(db, { plugin: true, port: await freePort() });
    servers.handBuilt = await startServer(copy, { plugin: false, port: await freePort(), appDir });
    const bodies = {};
    for (const [side, { site, path: requestPath }] of Object.entries(REQUESTS)) {
      bodies[side] = (await fetchChecked(servers[site].url, { path: requestPath })).body;
      await latencies(servers[site].url, [{ path: requestPath }], timing.warmup);
    }
    const handBuiltCredits = bylines(bodies.handBuilt);
    const same = bylines(bodies.plugin).filter((credit, i) => credit === handBuiltCredits[i]).length;
    console.log(`== timing (${timing.rounds} rounds of ${timing.duration} s per side); ${same} of ${handBuiltCredits.length} credits alike`);

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
      Object.keys(REQUESTS).map((side) => [side, { ...summarize(times[side], timing.rounds * timing.duration), cpuMs: round(cpu[side] / times[side].length, 2) }])
    );
    const ratio = (side, key) => round(stats.plugin[key] / stats[side][key], 2);
    const lines = [
      '# The plugin against the same model built by hand',
      '',
      `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; SQLite, ${scale.articles.toLocaleString('en')} articles, ${scale.reporters.toLocaleString('en')} reporters (bench/hand-built.js). One client, ${timing.rounds} × ${timing.duration} s per side, taking turns. ${same} of ${handBuiltCredits.length} credits on the page alike; the others are withheld reporters, whom only the plugin hides.`,
      '',
      '| page of 25 articles | median / p95 ms | CPU ms per request | plugin ÷ this (median, CPU) |',
      '|---|---|---|---|',
      ...Object.keys(REQUESTS).map((side) => `| ${LABELS[side]} | ${stats[side].median} / ${stats[side].p95} | ${stats[side].cpuMs} | ${side === 'plugin' ? '' : `${ratio(side, 'median')}, ${ratio(side, 'cpuMs')}`} |`),
      '',
    ];
    const text = lines.join('\n');
    console.log(`\n${text}`);
    const dir = path.join(__dirname, 'results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `hand-built.md${smoke ? '.tmp' : ''}`), text);
  } finally {
    for (const server of Object.values(servers)) await server.stop();
    await copy?.drop();
    await db.drop();
    fs.rmSync(appDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
