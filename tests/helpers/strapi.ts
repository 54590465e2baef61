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
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Seed the demo newsroom (articles, reporters, boxes) as `npm run demo` does. */
  seed?: boolean;
  /** Plugin config to start with instead of the playground's own. */
  newsroomConfig?: unknown;
}

const applyEnv = (env: Record<string, string | undefined>) => {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
};

/** Boots the playground Strapi in this process on a fresh database and mounts its HTTP server. */
export async function startPlayground(options: StartOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  applyEnv({
    ...db.env,
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    SEED_DEMO: options.seed ? 'true' : 'false',
    NEWSROOM_CONFIG: options.newsroomConfig === undefined ? undefined : JSON.stringify(options.newsroomConfig),
  });

  // Required lazily: @strapi/strapi reads the environment when it is loaded.
  const { createStrapi } = await import('@strapi/strapi');
  let strapi: Core.Strapi | undefined;
  try {
    strapi = await createStrapi({ appDir: PLAYGROUND, distDir: PLAYGROUND, autoReload: false, serveAdminPanel: false }).load();
    strapi.server.mount();
  } catch (error) {
    await strapi?.destroy().catch(() => undefined);
    await db.drop();
    throw error;
  }
  const app = strapi;
  return {
    strapi: app,
    db,
    http: () => request(app.server.httpServer),
    async stop() {
      await app.destroy();
      await db.drop();
    },
  };
}
