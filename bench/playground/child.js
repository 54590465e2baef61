'use strict';
// Runs in a child process: boots the playground on the database its environment names, then
//   node child.js seed <scale JSON>  seeds it and reports what it seeded;
//   node child.js serve              serves HTTP until told to stop, counting database queries on request;
//   node child.js models             reports the schemas the plugin adds (for measure/hand-built-site.js).
// BENCH_APP_DIR names another app to boot instead of the playground (the hand-built site).
// Each Strapi gets a process of its own, so no run inherits another's caches, memory or module state.

const path = require('path');

const APP_DIR = process.env.BENCH_APP_DIR ?? path.resolve(__dirname, '..', '..', 'playground');

const send = (message) => new Promise((resolve) => process.send(message, resolve));

async function main() {
  const [mode, scaleJson] = process.argv.slice(2);
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: APP_DIR, distDir: APP_DIR, autoReload: false, serveAdminPanel: false });

  if (mode === 'seed') {
    const { seed } = require('../seed');
    const strapi = await app.load();
    const started = Date.now();
    const cpuBefore = process.cpuUsage();
    const progress = (articles) =>
      process.send({ type: 'progress', articles, seconds: (Date.now() - started) / 1000, rssMb: Math.round(process.memoryUsage().rss / 1048576) });
    const seeded = await seed(strapi, JSON.parse(scaleJson), progress);
    // After a bulk load PostgreSQL's autovacuum vacuums (index-only scans need it) and analyzes the
    // tables within a minute or so; do it now, so the figures do not depend on when it wakes. SQLite
    // has no such thing: that is what the plugin's start-up step (server/src/database) is for, so the
    // seed leaves SQLite as a site would have it.
    if (strapi.db.dialect.client === 'postgres') await strapi.db.connection.raw('VACUUM ANALYZE');
    // CPU time moves less than wall time on a shared machine (on SQLite it includes the database's
    // work, on PostgreSQL not); maxRSS is the process's peak resident memory (KB), Strapi's own share included.
    const cpu = process.cpuUsage(cpuBefore);
    await send({
      type: 'seeded',
      seeded,
      seconds: (Date.now() - started) / 1000,
      cpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    });
    await strapi.destroy();
    process.exit(0);
  }

  if (mode === 'models') {
    const strapi = await app.load();
    const newsroom = (uid) => uid.startsWith('plugin::newsroom.');
    const contentTypes = Object.fromEntries(
      Object.entries(strapi.contentTypes)
        .filter(([uid]) => newsroom(uid))
        .map(([uid, ct]) => [uid, ct.__schema__])
    );
    const components = Object.fromEntries(
      Object.entries(strapi.components)
        .filter(([uid]) => uid.startsWith('newsroom.'))
        .map(([uid, c]) => [uid, c.__schema__])
    );
    // What register() adds to each enabled type.
    const added = {};
    for (const uid of strapi.plugin('newsroom').config('contentTypes')) {
      const { credits, keyFacts } = strapi.contentTypes[uid].attributes;
      added[uid] = { credits, keyFacts };
    }
    // The types the plugin gives core content-API routes (its own routes are not modelled).
    const routed = [
      ...new Set(strapi.plugin('newsroom').routes['content-api'].routes.map((route) => route.handler.replace(/^plugin::newsroom\./, '').split('.')[0])),
    ].filter((name) => contentTypes[`plugin::newsroom.${name}`]);
    await send({ type: 'models', models: { contentTypes, components, added, routed } });
    await strapi.destroy();
    process.exit(0);
  }

  if (mode === 'serve') {
    const strapi = await app.start();
    // Query counting for one request at a time: the parent says when to start and stop.
    let queries = null;
    strapi.db.connection.on('query', () => {
      if (queries !== null) queries += 1;
    });
    process.on('message', async (message) => {
      if (message === 'count') {
        queries = 0;
        await send({ type: 'counting' });
      } else if (message === 'counted') {
        await send({ type: 'counted', queries });
        queries = null;
      } else if (message === 'cpu') {
        await send({ type: 'cpu', usage: process.cpuUsage() });
      } else if (message === 'stop') {
        await strapi.destroy();
        process.exit(0);
      }
    });
    const cpu = process.cpuUsage();
    await send({ type: 'ready', cpuMs: (cpu.user + cpu.system) / 1000 });
    return;
  }

  throw new Error(`unknown mode "${mode}"`);
}

main().catch(async (error) => {
  console.error(error);
  process.exit(1);
});
