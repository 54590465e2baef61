'use strict';
// How long the plugin takes to build its credit index from nothing, as the first start after
// seeding does it (the seed writes no index). Read from the plugin's progress lines in the
// server's log, "[newsroom] credit index …", each stamped to the millisecond by Strapi's logger:
// from the first line to the one that says the build is done. The build may run before the server
// listens or after; either way this waits for that line, so no request is timed during a build.

const LINE = /^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\][^\n]*?\[newsroom\] credit index(.*)$/gm;
const DONE = /\b(built|done|complete|completed|finished|up to date)\b/i;
// After listening, how long a build that runs in the background may take to say its first line.
const FIRST_LINE_MS = 3000;
const POLL_MS = 250;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const progressLines = (text) =>
  [...text.matchAll(LINE)].map(([, stamp, rest]) => ({ at: Date.parse(stamp.replace(' ', 'T')), text: rest.replace(/^[:\s]+/, '').trim() }));

/**
 * Waits for the index build of `server`'s first start to finish; resolves to { seconds, last }
 * (the build's span in its log lines, and the line that ends it), or null when the server logs no
 * credit index line at all (a build of the plugin without the index).
 */
async function creditIndexBuild(server, { timeoutMs = 30 * 60 * 1000 } = {}) {
  const waitedSince = Date.now();
  for (;;) {
    const lines = progressLines(server.output());
    const done = lines.findIndex((line) => DONE.test(line.text));
    if (done >= 0) return { seconds: (lines[done].at - lines[0].at) / 1000, last: lines[done].text };
    if (lines.length === 0 && Date.now() - waitedSince > FIRST_LINE_MS) return null;
    if (Date.now() - waitedSince > timeoutMs)
      throw new Error(`the credit index was not built after ${timeoutMs / 60000} min; its last line: ${lines.at(-1)?.text}`);
    await sleep(POLL_MS);
  }
}

module.exports = { creditIndexBuild };
