'use strict';
// The playground in child processes (see child.js): seeding a database, and serving it in
// production mode on loopback, with or without the newsroom plugin.

const fs = require('fs');
const path = require('path');
const net = require('net');
const { fork } = require('child_process');
const { performance } = require('perf_hooks');
const { WORK_DIR } = require('../databases');

const PLAYGROUND = path.resolve(__dirname, '..', '..', 'playground');
const CHILD = path.join(__dirname, 'child.js');

/** The child's environment: the parent's, minus anything that would point the playground elsewhere. */
const childEnv = (db, { plugin, appDir }) => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(DATABASE_|NEWSROOM_|SEED_DEMO)/.test(key)));
  return {
    ...env,
    ...db.env,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    HOST: '127.0.0.1',
    NEWSROOM_ENABLED: String(plugin),
    // The baseline's types in the Content Manager, so its articles are published as an editor would (measure/publishing.js).
    BENCH_BASELINE_EDITABLE: 'true',
    ...(appDir ? { BENCH_APP_DIR: appDir } : {}),
  };
};

/** Forks child.js; its output goes to a log file under bench/.tmp, named in any error. */
const forkChild = (args, env, logName) => {
  const cwd = env.BENCH_APP_DIR ?? PLAYGROUND;
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const logFile = path.join(WORK_DIR, `${logName}.log`);
  const log = fs.openSync(logFile, 'a');
  // Where this child's output starts in the log (it is appended to the earlier children's).
  const logStart = fs.fstatSync(log).size;
  const child = fork(CHILD, args, { cwd, env, stdio: ['ignore', log, log, 'ipc'] });
  fs.closeSync(log);
  const next = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message?.type !== type) return;
        cleanup();
        resolve(message);
      };
      const onExit = (code) => {
        cleanup();
        reject(new Error(`The playground (${args[0]}) exited with code ${code} before "${type}"; see ${logFile}`));
      };
      const cleanup = () => {
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
    });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const output = () => fs.readFileSync(logFile).subarray(logStart).toString('utf8');
  return { child, next, exited, output };
};

/**
 * Seeds `db` at `scale`; resolves to what was seeded (seed/plan-facts.js), how long it took (wall
 * and CPU seconds) and the seeding process's peak memory. `progress({ articles, seconds, rssMb })`
 * hears after each batch.
 */
async function seedDatabase(db, scale, progress) {
  const { child, next, exited } = forkChild(['seed', JSON.stringify(scale)], childEnv(db, { plugin: true }), `${db.name}-seed`);
  if (progress) child.on('message', (message) => message?.type === 'progress' && progress(message));
  const { seeded, seconds, cpuSeconds, peakRssMb } = await next('seeded');
  await exited;
  return { ...seeded, seconds, cpuSeconds, peakRssMb };
}

/** The schemas the plugin adds to the playground (child.js `models`), booted on `db`. */
async function readPluginModels(db) {
  const { next, exited } = forkChild(['models'], childEnv(db, { plugin: true }), `${db.name}-models`);
  const { models } = await next('models');
  await exited;
  return models;
}

/**
 * Starts the playground (or the app in `appDir`) on `db` in production mode, without the admin panel. `startupMs` is the time
 * from fork to listening: Node, Strapi, the plugins and the database, as a deploy would see it;
 * `startupCpuMs` the CPU time the process used for it, which a busy machine disturbs far less.
 */
async function startServer(db, { plugin, port, appDir }) {
  const started = performance.now();
  const { child, next, exited, output } = forkChild(['serve'], { ...childEnv(db, { plugin, appDir }), PORT: String(port) }, `${db.name}-serve`);
  const { cpuMs: startupCpuMs } = await next('ready');
  const startupMs = performance.now() - started;
  return {
    url: `http://127.0.0.1:${port}`,
    startupMs,
    startupCpuMs,
    /** What the server has logged so far. */
    output,
    /** Database queries made while `request()` runs (nothing else may talk to this server meanwhile). */
    async countQueries(request) {
      child.send('count');
      await next('counting');
      await request();
      child.send('counted');
      return (await next('counted')).queries;
    },
    /** CPU time the server process has used so far, in ms (less disturbed by a busy machine than wall time). */
    async cpuMs() {
      child.send('cpu');
      const { usage } = await next('cpu');
      return (usage.user + usage.system) / 1000;
    },
    /** Logs in to the admin API; the token authorizes admin routes. */
    async adminToken({ email, password }) {
      const response = await fetch(`http://127.0.0.1:${port}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (!response.ok) throw new Error(`admin login answered ${response.status}: ${await response.text()}`);
      return (await response.json()).data.token;
    },
    async stop() {
      child.send('stop');
      await exited;
    },
  };
}

/** A TCP port nobody listens on now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

module.exports = { seedDatabase, readPluginModels, startServer, freePort };
