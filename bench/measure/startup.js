'use strict';
// Start-up time with and without the plugin (and of the same model built by hand), and the admin bundle the plugin adds.

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { startServer, readPluginModels } = require('../playground');
const { WORK_DIR } = require('../databases');
const { writeHandBuiltSite } = require('./hand-built-site');
const { median, round } = require('./http');

/**
 * Median start-up (fork → listening) over `runs` starts each, taking turns: the playground with the
 * plugin, without it, and the hand-built site (./hand-built-site.js: the plugin's schemas written into
 * the site, none of its code), which tells the cost of the data model from the cost of the plugin.
 * Each side without the plugin runs on its own clone of the seeded database, so whatever its start does
 * to the schema cannot touch the one measured with the plugin. One untimed start of each comes first:
 * it does any schema sync and fills the OS file cache.
 */
async function measureStartup(db, { runs, port }, log) {
  const appDir = writeHandBuiltSite(await readPluginModels(db), path.join(WORK_DIR, `hand-built-site-${db.name}`));
  const withoutPlugin = await db.copy('noplugin');
  const handBuilt = await db.copy('handbuilt');
  const sides = {
    with: { db, plugin: true },
    without: { db: withoutPlugin, plugin: false },
    handBuilt: { db: handBuilt, plugin: false, appDir },
  };
  const times = Object.fromEntries(Object.keys(sides).map((side) => [side, []]));
  const cpu = Object.fromEntries(Object.keys(sides).map((side) => [side, []]));
  try {
    for (let r = -1; r < runs; r += 1) {
      for (const [side, { db: target, plugin, appDir: dir }] of Object.entries(sides)) {
        const server = await startServer(target, { plugin, port, appDir: dir });
        await server.stop();
        if (r >= 0) {
          times[side].push(server.startupMs);
          cpu[side].push(server.startupCpuMs);
        }
      }
      if (r >= 0)
        log(
          `  start-up run ${r + 1}/${runs}: with ${Math.round(times.with[r])} ms, without ${Math.round(times.without[r])} ms, hand-built ${Math.round(times.handBuilt[r])} ms`
        );
    }
  } finally {
    await withoutPlugin.drop();
    await handBuilt.drop();
    fs.rmSync(appDir, { recursive: true, force: true });
  }
  const over = (side, values) => Math.round(median(values[side]) - median(values.without));
  return {
    runs,
    withPluginMs: Math.round(median(times.with)),
    withoutPluginMs: Math.round(median(times.without)),
    handBuiltMs: Math.round(median(times.handBuilt)),
    overheadMs: over('with', times),
    cpuOverheadMs: over('with', cpu),
    handBuiltOverheadMs: over('handBuilt', times),
    handBuiltCpuOverheadMs: over('handBuilt', cpu),
    all: Object.fromEntries(
      Object.keys(sides).flatMap((side) => [
        [side, times[side].map(Math.round)],
        [`cpu ${side}`, cpu[side].map(Math.round)],
      ])
    ),
  };
}

/**
 * What the plugin adds to the admin bundle: its built ES modules (what the site's admin build
 * imports), gzipped one by one as a browser fetches them. React, the design system and Strapi's
 * admin are peer dependencies the site already has, so they are not in these files.
 */
function measureAdminBundle(distAdmin) {
  const files = fs.readdirSync(distAdmin).filter((file) => file.endsWith('.mjs'));
  const sizes = files.map((file) => {
    const source = fs.readFileSync(path.join(distAdmin, file));
    return { file, bytes: source.length, gzipBytes: zlib.gzipSync(source, { level: 9 }).length };
  });
  // The entry and what it imports statically load on every admin page; the rest when first opened.
  const entry = fs.readFileSync(path.join(distAdmin, 'index.mjs'), 'utf8');
  const eager = new Set(['index.mjs', ...[...entry.matchAll(/from\s+["']\.\/([^"']+)["']/g)].map((m) => m[1])]);
  const kb = (list) => round(list.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024, 1);
  return {
    gzipKb: kb(sizes),
    entryGzipKb: kb(sizes.filter((s) => eager.has(s.file))),
    files: sizes,
  };
}

module.exports = { measureStartup, measureAdminBundle };
