// `npm run test:browser`: builds the plugin and the playground's admin, starts the playground on a
// fresh seeded SQLite database, runs the browser tests in order against it, and stops it.
// NEWSROOM_SKIP_BUILD=true reuses the last build; BROWSER_TEST_PORT picks the port (default 1338).
// Files named on the command line run alone (each starts from the seed, not from the files before it).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { startPlayground, ROOT, PLAYGROUND } = require('./playground-server');

// Each file continues from what the ones before it left: discard and read-only checks see the
// seeded article untouched, then the editor changes and publishes it, then the directory.
const TESTS = [
  '01-discard.test.js',
  '02-read-only.test.js',
  '03-editor-flow.test.js',
  '04-directory.test.js',
  '05-names-and-identity.test.js',
  '06-box-editor.test.js',
  '07-compact-credits.test.js',
  '08-import.test.js',
];

const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status}`);
};

async function main() {
  if (process.env.NEWSROOM_SKIP_BUILD !== 'true') {
    run('npm', ['run', 'build'], ROOT);
    run(path.join(ROOT, 'node_modules', '.bin', 'strapi'), ['build'], PLAYGROUND);
  }
  const server = await startPlayground({ port: Number(process.env.BROWSER_TEST_PORT ?? 1338) });
  let status = 1;
  try {
    const named = process.argv.slice(2);
    const files = named.length ? named.map((file) => path.resolve(file)) : TESTS.map((file) => path.join(__dirname, file));
    const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
      stdio: 'inherit',
      env: { ...process.env, BASE_URL: server.baseUrl },
    });
    status = result.status ?? 1;
    if (status !== 0) {
      const log = fs.readFileSync(server.logFile, 'utf8').split('\n').slice(-40).join('\n');
      console.error(`\nThe end of the playground's log:\n${log}`);
    }
  } finally {
    await server.stop();
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
