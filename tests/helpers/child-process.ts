import { fork, type ChildProcess } from 'child_process';
import path from 'path';
import type { TestDatabase } from './database';

const CHILD = path.join(__dirname, 'child-strapi.js');

/**
 * A second Strapi process on the same database (tests/helpers/child-strapi.js running `args`);
 * `first` resolves with its first message.
 */
export const startChild = (db: TestDatabase, args: string[], env: Record<string, string> = {}) => {
  const child = fork(CHILD, args, {
    env: { ...process.env, ...db.env, ...env, STRAPI_TELEMETRY_DISABLED: 'true', SEED_DEMO: 'false', NEWSROOM_ENABLED: 'true' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const first = new Promise<Record<string, any>>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Record<string, any>));
    child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
  });
  // Killed after the test stopped waiting for it (a failure elsewhere): not an unhandled rejection.
  first.catch(() => undefined);
  return { child, first };
};

/** Kills the process, if it still runs, and waits for it to be gone. */
export const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
