import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';

export const PLAYGROUND = path.resolve(__dirname, '..', '..', 'playground');

export interface TestApp {
  strapi: Core.Strapi;
  db: TestDatabase;
  /** supertest agent bound to the running HTTP server */
  http: () => ReturnType<typeof request>;
  /** Stops Strapi and drops its database, unless `keepDatabase` (to start again on it). */
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
}

export interface StartOptions {
  /** Seed the demo newsroom (articles, reporters, boxes) as `npm run demo` does. */
  seed?: boolean;
  /** Plugin config to start with instead of the playground's own. */
  newsroomConfig?: unknown;
  /** Start on this database (kept from an earlier start) instead of a fresh one. */
  db?: TestDatabase;
  /** Extra environment, e.g. NEWSROOM_ENABLED=false. */
  env?: Record<string, string>;
}

const applyEnv = (env: Record<string, string | undefined>) => {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
};

/** Boots the playground Strapi in this process (on a fresh database by default) and mounts its HTTP server. */
export async function startPlayground(options: StartOptions = {}): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase());
  applyEnv({
    NEWSROOM_ENABLED: undefined,
    ...db.env,
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    SEED_DEMO: options.seed ? 'true' : 'false',
    NEWSROOM_CONFIG: options.newsroomConfig === undefined ? undefined : JSON.stringify(options.newsroomConfig),
    ...options.env,
  });

  // Required lazily: @strapi/strapi reads the environment when it is loaded.
  const { createStrapi } = await import('@strapi/strapi');
  const instance = createStrapi({ appDir: PLAYGROUND, distDir: PLAYGROUND, autoReload: false, serveAdminPanel: false });
  let strapi: Core.Strapi;
  try {
    strapi = await instance.load();
    strapi.server.mount();
  } catch (error) {
    // A half-started instance left alive would break the next start in this process.
    await instance.destroy().catch(() => undefined);
    if (!options.db) await db.drop();
    throw error;
  }
  const app = strapi;
  return {
    strapi: app,
    db,
    http: () => request(app.server.httpServer),
    async stop({ keepDatabase = false } = {}) {
      await app.destroy();
      if (!keepDatabase) await db.drop();
    },
  };
}
