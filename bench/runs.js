'use strict';
// How much data and how long: the full benchmark, and the smoke run that checks the benchmark works.

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

module.exports = { RUNS };
