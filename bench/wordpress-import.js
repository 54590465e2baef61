'use strict';
// The WordPress import at size: a generated Co-Authors Plus export (default 100,000 posts,
// 2,000 authors, bodies of 1,500 bytes) imported by `strapi-newsroom import wordpress
// --create-missing` into the playground on a fresh SQLite database, timed end to end (start-up
// included) with the command's peak memory. Uses the plugin's dist/ as it is (npm run build first).
//   node bench/wordpress-import.js [--posts N] [--authors N] [--body-bytes N]
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { parseArgs } = require('util');
const { createDatabase, WORK_DIR } = require('./databases');
const { writeWxr } = require('./wxr-generator');

const PLAYGROUND = path.resolve(__dirname, '..', 'playground');
const BIN = path.resolve(__dirname, '..', 'bin', 'strapi-newsroom.js');

async function main() {
  const { values } = parseArgs({
    options: { posts: { type: 'string', default: '100000' }, authors: { type: 'string', default: '2000' }, 'body-bytes': { type: 'string', default: '1500' } },
  });
  const posts = Number(values.posts);
  const authors = Number(values.authors);
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const file = path.join(WORK_DIR, `wordpress-${posts}.xml`);
  const bytes = await writeWxr(file, { posts, authors, bodyBytes: Number(values['body-bytes']) });
  const db = await createDatabase('sqlite', `wordpress_import_${process.pid}`);
  try {
    // GNU time reports the command's wall time and peak resident memory.
    const run = spawnSync(
      '/usr/bin/time',
      ['-f', 'BENCH %e s %M KB', process.execPath, BIN, 'import', 'wordpress', file, '--create-missing', '--entry-defaults', '{"category":"world"}'],
      {
        cwd: PLAYGROUND,
        env: { ...process.env, ...db.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', SEED_DEMO: 'false' },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      }
    );
    const [, seconds, kilobytes] = /BENCH ([\d.]+) s (\d+) KB/.exec(run.stderr) ?? [];
    const summary = run.stdout.split('\n').filter((line) => /^(Profiles|Entries|Not imported)/.test(line));
    const result = {
      posts,
      authors,
      fileMiB: Math.round(bytes / 1048576),
      seconds: Number(seconds),
      peakRssMiB: Math.round(Number(kilobytes) / 1024),
      exitCode: run.status,
      summary,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (run.status !== 0) process.stderr.write(run.stderr.slice(-4000));
  } finally {
    await db.drop();
    fs.rmSync(file, { force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
