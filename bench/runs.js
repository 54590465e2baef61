'use strict';
// What a benchmark run covers: how much data and how long (the full run; the archive run, a
// newsroom's years of articles with one reporter on a fifth of them; the smoke run that checks the
// benchmark works), and on which databases; shared by bench/index.js and bench/hand-built.js.
//
// Scale: `starShare` of the articles credit the star reporter, about `regularShare` a regular one
// (their pages are compared); `editedDrafts` articles have a draft changed since publishing, for
// the publishing benchmark. Timing: `publishes` per side, one client, and as many again with
// `connections` clients.

const RUNS = {
  full: {
    scale: { reporters: 10000, articles: 100000, photos: 40, boxes: 300, starShare: 0.03, regularShare: 0.003, editedDrafts: 260 },
    timing: { warmup: 3, duration: 5, rounds: 3, connections: 4, startups: 9, publishes: 120 },
  },
  archive: {
    scale: { reporters: 10000, articles: 1000000, photos: 40, boxes: 3000, starShare: 0.2, regularShare: 0.0031, editedDrafts: 260 },
    timing: { warmup: 3, duration: 5, rounds: 3, connections: 4, startups: 3, publishes: 120 },
  },
  smoke: {
    scale: { reporters: 500, articles: 2000, photos: 12, boxes: 20, starShare: 0.05, regularShare: 0.03, editedDrafts: 30 },
    timing: { warmup: 0.5, duration: 0.5, rounds: 1, connections: 4, startups: 1, publishes: 10 },
  },
};

const DATABASE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

const FLAGS = ['--smoke', '--archive', '--seed-only', '--no-build'];

/** `--smoke` or `--archive` (else the full run), `--seed-only`, `--no-build` and `--db sqlite,postgres`; anything else is refused. */
const parseArgs = (argv) => {
  const smoke = argv.includes('--smoke');
  const archive = argv.includes('--archive');
  if (smoke && archive) throw new Error('--smoke and --archive are two different runs: pick one');
  const args = {
    run: smoke ? 'smoke' : archive ? 'archive' : 'full',
    seedOnly: argv.includes('--seed-only'),
    build: !argv.includes('--no-build'),
    databases: ['sqlite', 'postgres'],
  };
  const db = argv.indexOf('--db');
  if (db >= 0) args.databases = argv[db + 1].split(',');
  const unknown = argv.filter((a, i) => !FLAGS.includes(a) && a !== '--db' && argv[i - 1] !== '--db');
  if (unknown.length) throw new Error(`Unknown argument(s): ${unknown.join(' ')}`);
  return args;
};

/** The file a run writes its figures to: `results.md` for the full run, `results-archive.md`, and `results.md.tmp` for a smoke run (git ignores those). */
const resultsFile = (run, base, ext) => (run === 'smoke' ? `${base}.${ext}.tmp` : run === 'full' ? `${base}.${ext}` : `${base}-${run}.${ext}`);

module.exports = { RUNS, DATABASE_NAMES, parseArgs, resultsFile };
