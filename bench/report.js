'use strict';
// The run's figures as Markdown (printed, and written next to the JSON under bench/results/),
// databases side by side, each target of issue 7 with its verdict.

const fs = require('fs');
const path = require('path');
const { DATABASE_NAMES, resultsFile } = require('./runs');

const TARGETS = { ratio: 1.1, p95Ms: 50, startupOverheadMs: 150, adminGzipKb: 150 };

const verdict = (ok) => (ok ? 'met' : '**missed**');
const ms = (s) => `${s.median} / ${s.p95}`;

/** Each issue-7 target and whether this run met it, per database. */
function targets(results) {
  const rows = [];
  const each = (label, figure, ok, only) => {
    const cells = Object.entries(results.databases).map(([client, r]) => (only && only !== client ? '–' : `${figure(r)} (${verdict(ok(r))})`));
    rows.push(`| ${label} | ${cells.join(' | ')} |`);
  };
  const pairs = ['listing', 'listingNewest', 'listingBylineFields'];
  each(
    `1. ratio plugin/baseline ≤ ${TARGETS.ratio} (medians of 1 / 1b / 1c)`,
    (r) => pairs.map((id) => r.timed[id].ratio).join(' / '),
    (r) => pairs.every((id) => r.timed[id].ratio <= TARGETS.ratio)
  );
  for (const id of ['bylines', 'reporterPage', 'typeahead', 'search']) {
    const number = Object.values(results.databases)[0].timed[id].label.split(' ')[0];
    each(`${number} p95 < ${TARGETS.p95Ms} ms on SQLite`, (r) => `${r.timed[id].p95} ms`, (r) => r.timed[id].p95 < TARGETS.p95Ms, 'sqlite');
  }
  each('5. same queries at every size', (r) => Object.values(r.queries).filter((q) => q.equal).length + `/${Object.keys(r.queries).length} equal`, (r) => Object.values(r.queries).every((q) => q.equal));
  each(
    `6. start-up overhead < ${TARGETS.startupOverheadMs} ms (CPU time in brackets; the same model hand-built, no plugin, after the semicolon)`,
    (r) => `${r.startup.overheadMs} ms [${r.startup.cpuOverheadMs} ms]; hand-built ${r.startup.handBuiltOverheadMs} ms [${r.startup.handBuiltCpuOverheadMs} ms]`,
    (r) => r.startup.overheadMs < TARGETS.startupOverheadMs
  );
  const admin = results.adminBundle;
  const others = Object.keys(results.databases).slice(1).map(() => ' |').join('');
  rows.push(`| 6. admin bundle addition < ${TARGETS.adminGzipKb} KB gzip | ${admin.gzipKb} KB (${verdict(admin.gzipKb < TARGETS.adminGzipKb)}) |${others}`);
  return rows;
}

function markdown(results) {
  const clients = Object.keys(results.databases);
  const head = (first) => [`| ${first} | ${clients.map((c) => DATABASE_NAMES[c]).join(' | ')} |`, `|---|${clients.map(() => '---').join('|')}|`];
  const dbs = clients.map((c) => results.databases[c]);
  const lines = [];
  lines.push(`# Benchmark results${results.smoke ? ' (smoke run: small data, short timings; not for conclusions)' : results.run === 'archive' ? ': the archive' : ''}`, '');
  lines.push(
    `${results.date}, commit ${results.commit}${results.dirty ? ' (with uncommitted changes)' : ''}; ${results.machine}. ` +
      `Data: ${results.scale.articles.toLocaleString('en')} published articles (${dbs[0].seeded.credits.toLocaleString('en')} credits, a key-facts box on a third), ` +
      `${results.scale.reporters.toLocaleString('en')} reporter profiles with photos, the same as plain articles and authors; draft and published rows of each. ` +
      `Production mode, loopback, after warm-up; latency from one client over ${results.timing.rounds} × ${results.timing.duration} s, ` +
      `req/s with ${results.timing.connections} clients. Median / p95 in ms.`,
    ''
  );

  lines.push('## Targets (issue 7)', '', ...head('target'), ...targets(results), '');

  lines.push('## Requests', '', `| request | ${clients.map((c) => `${DATABASE_NAMES[c]} median / p95 ms | CPU ms | req/s`).join(' | ')} |`);
  lines.push(`|---|${clients.map(() => '---|---|---').join('|')}|`);
  for (const [id, { label }] of Object.entries(dbs[0].timed)) {
    const row = (name, pick) => lines.push(`| ${name} | ${dbs.map((d) => `${ms(pick(d.timed[id]))} | ${pick(d.timed[id]).cpuMs} | ${pick(d.timed[id]).rps}`).join(' | ')} |`);
    if (dbs[0].timed[id].plugin) {
      row(`${label}: plugin`, (t) => t.plugin);
      row(`${label}: baseline (authors)`, (t) => t.baseline);
      lines.push(`| ratio plugin/baseline | ${dbs.map((d) => `${d.timed[id].ratio} | ${d.timed[id].cpuRatio} | `).join(' | ')} |`);
    } else {
      row(label, (t) => t);
    }
  }
  lines.push('', "CPU ms: the server process's CPU time per request (on SQLite it includes the database's work).", '');

  lines.push('## Database queries per request', '', ...head('request (size: queries)'));
  for (const [id, { label }] of Object.entries(dbs[0].queries)) {
    const cell = (q) => `${Object.entries(q.counts).map(([size, n]) => `${size}: ${n}`).join(', ')}${q.equal ? '' : ' **(differs)**'}`;
    lines.push(`| ${label} | ${dbs.map((d) => cell(d.queries[id])).join(' | ')} |`);
  }
  lines.push('', 'Size: the page size; for one article, its number of credits (or authors).', '');

  lines.push('## Start-up and size', '', ...head(''));
  lines.push(`| start-up without / with the plugin (median of ${dbs[0].startup.runs}) | ${dbs.map((d) => `${d.startup.withoutPluginMs} / ${d.startup.withPluginMs} ms (+${d.startup.overheadMs}; CPU +${d.startup.cpuOverheadMs})`).join(' | ')} |`);
  lines.push(`| start-up of the same types and components written into the site by hand, no plugin | ${dbs.map((d) => `${d.startup.handBuiltMs} ms (+${d.startup.handBuiltOverheadMs}; CPU +${d.startup.handBuiltCpuOverheadMs})`).join(' | ')} |`);
  lines.push(`| first start after the bulk load, with the plugin | ${dbs.map((d) => `${d.firstStartMs} ms`).join(' | ')} |`);
  lines.push(`| seeding (bulk inserts; the seeding process's peak memory) | ${dbs.map((d) => `${d.seeded.seconds} s (${d.seeded.peakRssMb} MB)`).join(' | ')} |`);
  lines.push(`| database size | ${dbs.map((d) => `${Math.round(d.databaseBytes / 1048576)} MB`).join(' | ')} |`);
  lines.push(`| admin bundle added (gzip; loaded on every page) | ${results.adminBundle.gzipKb} KB (${results.adminBundle.entryGzipKb} KB) |${clients.slice(1).map(() => ' |').join('')}`);
  lines.push('');
  if (results.skipped.length) lines.push(`Not run: ${results.skipped.join('; ')}.`, '');
  return lines.join('\n');
}

/** Writes the run's results.json and results.md (runs.js `resultsFile`: smoke runs write *.tmp files, which git ignores). */
function writeResults(results, dir, run) {
  fs.mkdirSync(dir, { recursive: true });
  const text = markdown(results);
  fs.writeFileSync(path.join(dir, resultsFile(run, 'results', 'md')), `${text}\n`);
  fs.writeFileSync(path.join(dir, resultsFile(run, 'results', 'json')), `${JSON.stringify(results, null, 2)}\n`);
  return text;
}

module.exports = { writeResults };
