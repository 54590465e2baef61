import { factories } from '@strapi/strapi';
import { REPORTER_UID } from '../content-types';

// The core routes of profiles (`/api/newsroom/reporter-profiles`): `find`/`findOne` let `populate`
// through articles reach reporters; writes exist for sites that grant them to a role or token.
const coreReporterRoutes = factories.createCoreRouter(REPORTER_UID as never);

const routes = [
  { method: 'GET', path: '/reporters', handler: 'reporters.find', config: { policies: [] } },
  { method: 'GET', path: '/reporters/:slug', handler: 'reporters.findOne', config: { policies: [] } },
  { method: 'GET', path: '/reporters/:slug/json-ld', handler: 'reporters.jsonLd', config: { policies: [] } },
];

export default {
  type: 'content-api',
  get routes() {
    return [...routes, ...(coreReporterRoutes as unknown as { routes: unknown[] }).routes];
  },
};
