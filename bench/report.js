'use strict';
// The run's figures as Markdown (printed, and written next to the JSON under bench/results/),
// databases side by side, each target of issues 7 and 14 with its verdict.

const fs = require('fs');
const path = require('path');
const { DATABASE_NAMES, resultsFile } = require('./runs');

const TARGETS = { ratio: 1.1, p95Ms: 50, startupOverheadMs: 150, adminGzipKb: 150 };
// Issue 14, at 1,000,000 articles: archive requests under 20 ms at p95 on SQLite, the star's and a
// regular reporter's the same within 1.2×, publishing with credits within 1.2× of the baseline, the
// credit index built from nothing within 2 minutes on SQLite.
const ARCHIVE_TARGETS = { p95Ms: 20, ratio: 1.2, publishRatio: 1.2, indexBuildS: 120 };

const verdict = (ok) => (ok ? 'met' : '**missed**');
const ms = (s) => `${s.median} / ${s.p95}`;
const NOT_AVAILABLE = 'not available';
const isArchive = (timed) => timed.group === 'archive';

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
    each(
      `${number} p95 < ${TARGETS.p95Ms} ms on SQLite`,
      (r) => `${r.timed[id].p95} ms`,
      (r) => r.timed[id].p95 < TARGETS.p95Ms,
      'sqlite'
    );
  }
  each(
    '5. same queries at every size',
    (r) => Object.values(r.queries).filter((q) => q.equal).length + `/${Object.keys(r.queries).length} equal`,
    (r) => Object.values(r.queries).every((q) => q.equal)
  );
  each(
    `6. start-up overhead < ${TARGETS.startupOverheadMs} ms (CPU time in brackets; the same model hand-built, no plugin, after the semicolon)`,
    (r) =>
      `${r.startup.overheadMs} ms [${r.startup.cpuOverheadMs} ms]; hand-built ${r.startup.handBuiltOverheadMs} ms [${r.startup.handBuiltCpuOverheadMs} ms]`,
    (r) => r.startup.overheadMs < TARGETS.startupOverheadMs
  );
  const admin = results.adminBundle;
  const others = Object.keys(results.databases)
    .slice(1)
    .map(() => ' |')
    .join('');
  rows.push(`| 6. admin bundle addition < ${TARGETS.adminGzipKb} KB gzip | ${admin.gzipKb} KB (${verdict(admin.gzipKb < TARGETS.adminGzipKb)}) |${others}`);
  return rows;
}

/** Issue 14's targets and whether this run met them, per database; a request this build cannot serve is "not available". */
function archiveTargets(results) {
  const rows = [];
  const each = (label, figure, ok, only) => {
    const cells = Object.entries(results.databases).map(([client, r]) => {
      if (only && only !== client) return '–';
      const value = figure(r);
      return value === null ? NOT_AVAILABLE : `${value} (${verdict(ok(r))})`;
    });
    rows.push(`| ${label} | ${cells.join(' | ')} |`);
  };
  // A scenario's result, or null where this build cannot serve it.
  const served = (r, id) => (r.timed[id].unavailable ? null : r.timed[id]);
  const { timed, seeded } = Object.values(results.databases)[0];
  const archive = Object.entries(timed).filter(([, t]) => isArchive(t));
  const [most, few] = [seeded.star.articles, seeded.regular.articles].map((n) => n.toLocaleString('en'));
  for (const [id, { label, sides }] of archive) {
    const p95 = (r) => (sides ? served(r, id).star.p95 : served(r, id).p95);
    each(
      `${label}${sides ? `, reporter on ${most}` : ''}: p95 < ${ARCHIVE_TARGETS.p95Ms} ms on SQLite`,
      (r) => served(r, id) && `${p95(r)} ms`,
      (r) => p95(r) < ARCHIVE_TARGETS.p95Ms,
      'sqlite'
    );
  }
  for (const [id, { label }] of archive.filter(([, t]) => t.sides)) {
    each(
      `${label}: reporter on ${most} ÷ on ${few} ≤ ${ARCHIVE_TARGETS.ratio} (medians)`,
      (r) => served(r, id)?.ratio ?? null,
      (r) => served(r, id).ratio <= ARCHIVE_TARGETS.ratio
    );
  }
  each(
    `publishing with 4 credits ÷ the baseline with 4 authors ≤ ${ARCHIVE_TARGETS.publishRatio} (medians; CPU in brackets)`,
    (r) => `${r.publishing.ratio} [${r.publishing.cpuRatio}]`,
    (r) => r.publishing.ratio <= ARCHIVE_TARGETS.publishRatio
  );
  each(
    `credit index built from nothing (${results.scale.articles.toLocaleString('en')} articles) < ${ARCHIVE_TARGETS.indexBuildS} s on SQLite`,
    (r) => r.creditIndex && `${r.creditIndex.seconds} s`,
    (r) => r.creditIndex.seconds < ARCHIVE_TARGETS.indexBuildS,
    'sqlite'
  );
  return rows;
}

function markdown(results) {
  const clients = Object.keys(results.databases);
  const head = (first) => [`| ${first} | ${clients.map((c) => DATABASE_NAMES[c]).join(' | ')} |`, `|---|${clients.map(() => '---').join('|')}|`];
  const dbs = clients.map((c) => results.databases[c]);
  const { seeded } = dbs[0];
  const lines = [];
  lines.push(
    `# Benchmark results${results.smoke ? ' (smoke run: small data, short timings; not for conclusions)' : results.run === 'archive' ? ': the archive' : ''}`,
    ''
  );
  lines.push(
    `${results.date}, commit ${results.commit}${results.dirty ? ' (with uncommitted changes)' : ''}; ${results.machine}. ` +
      `Data: ${results.scale.articles.toLocaleString('en')} published articles (${seeded.credits.toLocaleString('en')} credits, a key-facts box on a third; ` +
      `one in 50 imported with an editorial date 10–20 years back, one in 50 back-dated by days), ` +
      `${results.scale.reporters.toLocaleString('en')} reporter profiles with photos, the same as plain articles and authors; draft and published rows of each. ` +
      `${seeded.star.fullName} is on ${seeded.star.articles.toLocaleString('en')} articles, ${seeded.regular.fullName} on ${seeded.regular.articles.toLocaleString('en')}. ` +
      `Production mode, loopback, after warm-up; latency from one client over ${results.timing.rounds} × ${results.timing.duration} s, ` +
      `req/s with ${results.timing.connections} clients. Median / p95 in ms.`,
    ''
  );

  lines.push('## Targets (issue 7)', '', ...head('target'), ...targets(results), '');
  lines.push('## Targets (issue 14, set for 1,000,000 articles)', '', ...head('target'), ...archiveTargets(results), '');

  // One row per side of a pair (or the one request), then the pair's ratio; a request this build
  // cannot serve gets one row saying so.
  const cells = (t) => `${ms(t)} | ${t.cpuMs} | ${t.rps}`;
  const requestRows = (ids, ratioLabel) => {
    for (const id of ids) {
      const { label, sides, unavailable } = dbs[0].timed[id];
      if (unavailable) {
        lines.push(`| ${label} | ${dbs.map((d) => `${NOT_AVAILABLE}: ${d.timed[id].unavailable} | |`).join(' | ')} |`);
      } else if (sides) {
        for (const [side, name] of Object.entries(sides)) lines.push(`| ${label}: ${name} | ${dbs.map((d) => cells(d.timed[id][side])).join(' | ')} |`);
        lines.push(`| ratio ${ratioLabel} | ${dbs.map((d) => `${d.timed[id].ratio} | ${d.timed[id].cpuRatio} | `).join(' | ')} |`);
      } else {
        lines.push(`| ${label} | ${dbs.map((d) => cells(d.timed[id])).join(' | ')} |`);
      }
    }
  };
  const ids = Object.keys(dbs[0].timed);
  const columns = (third) => [
    `${clients.map((c) => `${DATABASE_NAMES[c]} median / p95 ms | CPU ms | ${third}`).join(' | ')} |`,
    `|---|${clients.map(() => '---|---|---').join('|')}|`,
  ];
  const [requestsHead, rule] = columns('req/s');
  lines.push('## Requests', '', `| request | ${requestsHead}`, rule);
  requestRows(
    ids.filter((id) => !isArchive(dbs[0].timed[id])),
    'plugin/baseline'
  );
  lines.push('', "CPU ms: the server process's CPU time per request (on SQLite it includes the database's work).", '');

  lines.push(
    '## Reporter pages, feeds and sitemap (issue 14)',
    '',
    `Page of ${seeded.star.pageSize}; the same request for ${seeded.star.fullName} (${seeded.star.articles.toLocaleString('en')} articles) and ${seeded.regular.fullName} ` +
      `(${seeded.regular.articles.toLocaleString('en')}), taking turns. ` +
      'Every answer is checked against the seed plan: the articles in editorial-date order, the next cursor, the newest entry first in a feed.',
    '',
    `| request | ${requestsHead}`,
    rule
  );
  requestRows(
    ids.filter((id) => isArchive(dbs[0].timed[id])),
    `reporter on ${seeded.star.articles.toLocaleString('en')} ÷ on ${seeded.regular.articles.toLocaleString('en')}`
  );
  lines.push('');

  const publishing = dbs[0].publishing;
  const [publishHead, publishRule] = columns(`publishes/s, ${results.timing.connections} editors`);
  lines.push(
    '## Publishing (issue 14)',
    '',
    `An editor publishes a draft changed since it was published: \`${publishing.path}\` with the body the Content Manager's edit view sends, ` +
      `as the bench admin; ${publishing.publishes} drafts per side, one at a time, the sides taking turns, then as many again with ${results.timing.connections} editors at once.`,
    '',
    `| publish | ${publishHead}`,
    publishRule,
    `| article with 4 credits (plugin) | ${dbs.map(({ publishing: p }) => `${ms(p.plugin)} | ${p.plugin.cpuMs} | ${p.plugin.perSecond}`).join(' | ')} |`,
    `| plain article with 4 authors (baseline) | ${dbs.map(({ publishing: p }) => `${ms(p.baseline)} | ${p.baseline.cpuMs} | ${p.baseline.perSecond}`).join(' | ')} |`,
    `| ratio plugin/baseline | ${dbs.map(({ publishing: p }) => `${p.ratio} | ${p.cpuRatio} | `).join(' | ')} |`,
    ''
  );

  lines.push('## Database queries per request', '', ...head('request (size: queries)'));
  for (const [id, { label }] of Object.entries(dbs[0].queries)) {
    const cell = (q) =>
      `${Object.entries(q.counts)
        .map(([size, n]) => `${size}: ${n}`)
        .join(', ')}${q.equal ? '' : ' **(differs)**'}`;
    lines.push(`| ${label} | ${dbs.map((d) => cell(d.queries[id])).join(' | ')} |`);
  }
  lines.push('', 'Size: the page size; for one article, its number of credits (or authors).', '');

  lines.push('## Start-up and size', '', ...head(''));
  lines.push(
    `| start-up without / with the plugin (median of ${dbs[0].startup.runs}) | ${dbs.map((d) => `${d.startup.withoutPluginMs} / ${d.startup.withPluginMs} ms (+${d.startup.overheadMs}; CPU +${d.startup.cpuOverheadMs})`).join(' | ')} |`
  );
  lines.push(
    `| start-up of the same types and components written into the site by hand, no plugin | ${dbs.map((d) => `${d.startup.handBuiltMs} ms (+${d.startup.handBuiltOverheadMs}; CPU +${d.startup.handBuiltCpuOverheadMs})`).join(' | ')} |`
  );
  lines.push(`| first start after the bulk load, with the plugin | ${dbs.map((d) => `${d.firstStartMs} ms`).join(' | ')} |`);
  lines.push(
    `| credit index built from nothing (in that first start; its log lines) | ${dbs.map((d) => (d.creditIndex ? `${d.creditIndex.seconds} s` : NOT_AVAILABLE)).join(' | ')} |`
  );
  lines.push(
    `| seeding (bulk inserts; the seeding process's peak memory) | ${dbs.map((d) => `${d.seeded.seconds} s (${d.seeded.peakRssMb} MB)`).join(' | ')} |`
  );
  lines.push(`| database size | ${dbs.map((d) => `${Math.round(d.databaseBytes / 1048576)} MB`).join(' | ')} |`);
  lines.push(
    `| admin bundle added (gzip; loaded on every page) | ${results.adminBundle.gzipKb} KB (${results.adminBundle.entryGzipKb} KB) |${clients
      .slice(1)
      .map(() => ' |')
      .join('')}`
  );
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
