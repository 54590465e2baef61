// Starts the built playground (`strapi start`) on a fresh, seeded SQLite database, and stops it.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const PLAYGROUND = path.join(ROOT, 'playground');

async function waitForHealth(baseUrl, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the playground exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/_health`);
      if (res.status === 204 || res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the playground did not answer on ${baseUrl} within ${timeoutMs / 1000}s`);
}

/** Boots the playground; returns its URL and a stop function that also removes its database. */
async function startPlayground({ port }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-browser-'));
  const log = fs.createWriteStream(path.join(dir, 'strapi.log'));
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: PLAYGROUND,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'data.db'),
      SEED_DEMO: 'true',
      NODE_ENV: 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
      ADMIN_RATE_LIMIT: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, 180000);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${error.message}; log: ${path.join(dir, 'strapi.log')}`);
  }
  return {
    baseUrl,
    logFile: path.join(dir, 'strapi.log'),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

module.exports = { startPlayground, ROOT, PLAYGROUND };
