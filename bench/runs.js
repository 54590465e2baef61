'use strict';
// What a benchmark run covers: how much data and how long (the full run, and the smoke run that
// checks the benchmark works), and on which databases; shared by bench/index.js and bench/hand-built.js.

const RUNS = {
  full: {
    scale: { reporters: 10000, articles: 100000, photos: 40, boxes: 300, starShare: 0.03 },
    timing: { warmup: 3, duration: 5, rounds: 3, connections: 4, startups: 9 },
  },
  smoke: {
    scale: { reporters: 500, articles: 2000, photos: 12, boxes: 20, starShare: 0.05 },
    timing: { warmup: 0.5, duration: 0.5, rounds: 1, connections: 4, startups: 1 },
  },
};

const DATABASE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** `--smoke`, `--no-build` and `--db sqlite,postgres`; anything else is refused. */
const parseArgs = (argv) => {
  const args = { smoke: argv.includes('--smoke'), build: !argv.includes('--no-build'), databases: ['sqlite', 'postgres'] };
  const db = argv.indexOf('--db');
  if (db >= 0) args.databases = argv[db + 1].split(',');
  const unknown = argv.filter((a, i) => !['--smoke', '--no-build', '--db'].includes(a) && argv[i - 1] !== '--db');
  if (unknown.length) throw new Error(`Unknown argument(s): ${unknown.join(' ')}`);
  return args;
};

module.exports = { RUNS, DATABASE_NAMES, parseArgs };
