#!/usr/bin/env node
// `npm run demo`: install what is missing, build the plugin and the playground's admin,
// then start the demo newsroom on http://localhost:1337 (SQLite, seeded).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const playground = path.join(root, 'playground');
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none', SEED_DEMO: 'true' };

const run = (command, args, cwd = root) => {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!fs.existsSync(path.join(root, 'node_modules', '@strapi', 'strapi'))) {
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
run('npm', ['run', 'build']);
const strapi = path.join(root, 'node_modules', '.bin', 'strapi');
run(strapi, ['build'], playground);
run(strapi, ['start'], playground);
