'use strict';
// Runs the scenarios (../scenarios.js) against a started server: timings (1–4) and query counts (5).

const { latencies, throughput, summarize, fetchChecked, round } = require('./http');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};

/**
 * Times every scenario on `server`. A plugin/baseline pair is measured in alternating rounds, so a
 * slow spell of the machine (other test runs share it) lands on both sides instead of skewing the
 * ratio; the ratio is taken from the medians of all rounds' response times. The server's CPU time
 * per request is kept too: other processes slow the wall clock far more than they change it.
 */
async function timeScenarios(server, scenarios, { warmup, duration, rounds, connections }, log) {
  const { url } = server;
  // One client's response times over `seconds`, and the server CPU ms they cost.
  const timedRun = async (requests, seconds) => {
    const before = await server.cpuMs();
    const times = await latencies(url, requests, seconds);
    return { times, cpuMs: (await server.cpuMs()) - before };
  };
  const results = {};
  for (const scenario of scenarios) {
    log(`  ${scenario.label}`);
    if (scenario.pair) {
      const { plugin, baseline } = scenario.pair;
      const sides = { plugin, baseline };
      const bytes = {};
      for (const [side, request] of Object.entries(sides)) {
        bytes[side] = (await fetchChecked(url, request)).bytes;
        await latencies(url, [request], warmup);
      }
      const times = { plugin: [], baseline: [] };
      const cpu = { plugin: 0, baseline: 0 };
      for (let r = 0; r < rounds; r += 1) {
        for (const [side, request] of Object.entries(sides)) {
          const run = await timedRun([request], duration);
          times[side].push(...run.times);
          cpu[side] += run.cpuMs;
        }
      }
      const result = {};
      for (const [side, request] of Object.entries(sides)) {
        result[side] = {
          path: request.path,
          bytes: bytes[side],
          ...summarize(times[side], rounds * duration),
          cpuMs: round(cpu[side] / times[side].length, 2),
          rps: await throughput(url, [request], connections, duration),
        };
      }
      result.ratio = round(median(times.plugin) / median(times.baseline), 2);
      result.cpuRatio = round(result.plugin.cpuMs / result.baseline.cpuMs, 2);
      results[scenario.id] = { label: scenario.label, ...result };
    } else {
      const { requests } = scenario;
      let bytes = 0;
      for (const request of requests) bytes += (await fetchChecked(url, request)).bytes;
      await latencies(url, requests, warmup);
      const times = [];
      let cpuMs = 0;
      for (let r = 0; r < rounds; r += 1) {
        const run = await timedRun(requests, duration);
        times.push(...run.times);
        cpuMs += run.cpuMs;
      }
      results[scenario.id] = {
        label: scenario.label,
        path: requests.length === 1 ? requests[0].path : `${requests[0].path} … (${requests.length} paths)`,
        bytes: Math.round(bytes / requests.length),
        ...summarize(times, rounds * duration),
        cpuMs: round(cpuMs / times.length, 2),
        rps: await throughput(url, requests, connections, duration),
      };
    }
  }
  return results;
}

/** Database queries of one request at each size; `equal` says whether size changed nothing. */
async function countScenarios(server, scenarios) {
  const results = {};
  for (const scenario of scenarios) {
    const counts = {};
    for (const [size, request] of Object.entries(scenario.sizes)) {
      await fetchChecked(server.url, request); // warm: first-use lookups are not per-request cost
      counts[size] = await server.countQueries(() => fetchChecked(server.url, request));
    }
    results[scenario.id] = { label: scenario.label, counts, equal: new Set(Object.values(counts)).size === 1 };
  }
  return results;
}

module.exports = { timeScenarios, countScenarios };
