import type { UID } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { KEY_FACTS_UID, REPORTER_UID } from '../content-types';

// The core routes of profiles (`/api/newsroom/reporter-profiles`): `find`/`findOne` let `populate`
// through articles reach reporters; writes exist for sites that grant them to a role or token.
// A new object per router: Strapi writes each route's auth scope into its config object, so a
// shared one would make one type's routes check the other type's permission.
const readsArePublished = () => ({
  find: { policies: ['plugin::newsroom.published-only'] },
  findOne: { policies: ['plugin::newsroom.published-only'] },
});
const coreReporterRoutes = factories.createCoreRouter(REPORTER_UID as UID.ContentType, { config: readsArePublished() });
// Likewise for boxes (`/api/newsroom/key-facts-boxes`), so `populate=keyFacts` works.
const coreBoxRoutes = factories.createCoreRouter(KEY_FACTS_UID as UID.ContentType, { config: readsArePublished() });

type CoreRouter = { routes: unknown[] };

const routes = [
  { method: 'GET', path: '/reporters', handler: 'reporters.find', config: { policies: [] } },
  { method: 'GET', path: '/reporters/:slug', handler: 'reporters.findOne', config: { policies: [] } },
  { method: 'GET', path: '/reporters/:slug/json-ld', handler: 'reporter-json-ld.findOne', config: { policies: [] } },
  { method: 'GET', path: '/reporters/:slug/feed.rss', handler: 'reporter-feed-rss.findOne', config: { policies: [] } },
  { method: 'GET', path: '/reporters/:slug/feed.atom', handler: 'reporter-feed-atom.findOne', config: { policies: [] } },
  { method: 'GET', path: '/reporters/:slug/feed.json', handler: 'reporter-feed-json.findOne', config: { policies: [] } },
  { method: 'GET', path: '/bylines/:pluralName/:documentId', handler: 'bylines.findOne', config: { policies: [] } },
  { method: 'GET', path: '/key-facts/:documentId', handler: 'key-facts.findOne', config: { policies: [] } },
  { method: 'GET', path: '/sitemaps/reporters.xml', handler: 'reporter-sitemap.find', config: { policies: [] } },
  { method: 'GET', path: '/sitemaps/reporters-:part.xml', handler: 'reporter-sitemap.findOne', config: { policies: [] } },
];

export default {
  type: 'content-api',
  get routes() {
    return [...routes, ...(coreReporterRoutes as unknown as CoreRouter).routes, ...(coreBoxRoutes as unknown as CoreRouter).routes];
  },
};
