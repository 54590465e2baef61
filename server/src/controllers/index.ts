import type { UID } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { KEY_FACTS_UID, REPORTER_UID } from '../content-types';
import reporters from './reporters';
import reporterJsonLd from './reporter-json-ld';
import { reporterFeedController } from './reporter-feeds';
import bylines from './bylines';
import keyFacts from './key-facts';
import admin from './admin';
import imports from './imports';
import reporterSitemap from './reporter-sitemap';

export default {
  // Public routes of the plugin (routes/content-api.ts).
  reporters,
  'reporter-json-ld': reporterJsonLd,
  'reporter-feed-rss': reporterFeedController('rss'),
  'reporter-feed-atom': reporterFeedController('atom'),
  'reporter-feed-json': reporterFeedController('json'),
  bylines,
  'key-facts': keyFacts,
  'reporter-sitemap': reporterSitemap,
  // Core controllers behind the core routes of the plugin's types.
  // Public reads of profiles never include a withheld one (document-middlewares/index.ts).
  'reporter-profile': factories.createCoreController(REPORTER_UID as UID.ContentType),
  'key-facts-box': factories.createCoreController(KEY_FACTS_UID as UID.ContentType),
  // Admin routes (routes/admin.ts).
  admin,
  imports,
};
