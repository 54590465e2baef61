'use strict';
// HTTP timings on loopback with autocannon: latency from one client (every response time kept, so
// the median and p95 are exact), throughput from several clients at once.

const autocannon = require('autocannon');

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** The middle value (the mean of the two middle ones for an even count). */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};

/**
 * One autocannon run over `requests` ({ path, headers? }, cycled), keeping each response's time.
 * Any non-2xx fails the run.
 */
const run = (url, requests, { connections, duration }) =>
  new Promise((resolve, reject) => {
    const times = [];
    const instance = autocannon(
      { url, connections, duration, requests: requests.map(({ path, headers }) => ({ method: 'GET', path, headers })) },
      (error, result) => {
        if (error) return reject(error);
        const failed = result.non2xx + result.errors + result.timeouts;
        if (failed > 0) return reject(new Error(`${failed} of ${result.requests.total} requests failed (non-2xx, error or timeout) on ${requests[0].path}`));
        resolve({ times, total: result.requests.total });
      }
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });

/** One client, back to back, for `duration` s: every response time in ms. */
const latencies = async (url, requests, duration) => (await run(url, requests, { connections: 1, duration })).times;

/** `connections` clients at once for `duration` s: completed requests per second. */
const throughput = async (url, requests, connections, duration) => round((await run(url, requests, { connections, duration })).total / duration, 0);

/** Median and p95 (ms) of response times, and what one client managed per second. */
const summarize = (times, seconds) => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    median: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    rpsOneClient: round(sorted.length / seconds, 0),
  };
};

/**
 * GETs a request once and checks the body with its `check(body)`, which throws when the shape is
 * wrong. The body is parsed when it is JSON (JSON Feed included); anything else (RSS, Atom, a
 * sitemap) reaches `check` as text.
 */
async function fetchChecked(url, { path, headers, check }) {
  const response = await fetch(`${url}${path}`, { headers });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  const body = /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
  check?.(body);
  return { body, bytes: Buffer.byteLength(text) };
}

module.exports = { latencies, throughput, summarize, fetchChecked, median, round };
