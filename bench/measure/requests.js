'use strict';
// Runs the scenarios (../scenarios.js) against a started server: timings and query counts.

const { latencies, throughput, summarize, fetchChecked, median, round } = require('./http');

// A path no build routes: what the router answers to it is what "no such route" looks like.
const UNROUTED = '/api/newsroom/bench-no-such-route';

/**
 * Why `scenario` cannot run on this build, or null: a route it asks for answers the router's own
 * 404 (a feature not built yet, such as feeds), or a response lacks what its `requires` names
 * (`{ path, has(body), what }`, e.g. the reporter page's keyset cursor).
 */
async function unavailable(url, scenario, noRoute) {
  if (scenario.requires) {
    const { path, has, what } = scenario.requires;
    if (!has((await fetchChecked(url, { path })).body)) return `${what} (GET ${path.split('?')[0]})`;
  }
  const requests = scenario.pair ? Object.values(scenario.pair) : scenario.requests;
  for (const { path, headers } of requests) {
    const response = await fetch(`${url}${path}`, { headers });
    if (response.status === 404 && (await response.text()) === noRoute) return `no route for GET ${path.split('?')[0]}`;
  }
  return null;
}

/**
 * Times every scenario on `server`. A pair (plugin/baseline, or the star reporter/a regular one) is
 * measured in alternating rounds, so a slow spell of the machine (other test runs share it) lands on
 * both sides instead of skewing the ratio; the ratio (first side over second) is taken from the
 * medians of all rounds' response times. The server's CPU time per request is kept too: other
 * processes slow the wall clock far more than they change it. A scenario this build cannot serve is
 * reported as not available, with the reason, instead of timed.
 */
async function timeScenarios(server, scenarios, { warmup, duration, rounds, connections }, log) {
  const { url } = server;
  const noRoute = await (await fetch(`${url}${UNROUTED}`)).text();
  // One client's response times over `seconds`, and the server CPU ms they cost.
  const timedRun = async (requests, seconds) => {
    const before = await server.cpuMs();
    const times = await latencies(url, requests, seconds);
    return { times, cpuMs: (await server.cpuMs()) - before };
  };
  const results = {};
  for (const scenario of scenarios) {
    const { id, label, group = 'requests' } = scenario;
    const missing = await unavailable(url, scenario, noRoute);
    if (missing) {
      log(`  ${label}: not available, ${missing}`);
      results[id] = { label, group, sides: scenario.sides, unavailable: missing };
      continue;
    }
    log(`  ${label}`);
    if (scenario.pair) {
      const sides = Object.entries(scenario.pair);
      const bytes = {};
      for (const [side, request] of sides) {
        bytes[side] = (await fetchChecked(url, request)).bytes;
        await latencies(url, [request], warmup);
      }
      const times = Object.fromEntries(sides.map(([side]) => [side, []]));
      const cpu = Object.fromEntries(sides.map(([side]) => [side, 0]));
      for (let r = 0; r < rounds; r += 1) {
        for (const [side, request] of sides) {
          const run = await timedRun([request], duration);
          times[side].push(...run.times);
          cpu[side] += run.cpuMs;
        }
      }
      const result = { label, group, sides: scenario.sides };
      for (const [side, request] of sides) {
        result[side] = {
          path: request.path,
          bytes: bytes[side],
          ...summarize(times[side], rounds * duration),
          cpuMs: round(cpu[side] / times[side].length, 2),
          rps: await throughput(url, [request], connections, duration),
        };
      }
      const [first, second] = sides.map(([side]) => side);
      result.ratio = round(median(times[first]) / median(times[second]), 2);
      result.cpuRatio = round(result[first].cpuMs / result[second].cpuMs, 2);
      results[id] = result;
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
      results[id] = {
        label,
        group,
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
