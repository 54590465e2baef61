import { PERMISSIONS } from '../../../shared/permissions';
import { KEY_FACTS_UID, REPORTER_UID } from '../content-types';

// Admin routes of the plugin (used by the admin panels and the Newsroom page), under /newsroom/….
// Each requires a logged-in admin with the plugin's action; writes also need the Content Manager's
// own permission on the type they write, so the panels open no way around a role's limits. The
// conditions of those permissions (e.g. the Author's "only what I created") depend on the entry, so
// the handlers check them (services/admin-access).
const allowed = (...actions: (string | [string, string])[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }],
});

const cm = (action: 'read' | 'create' | 'update' | 'publish', subject: string): [string, string] => [`plugin::content-manager.explorer.${action}`, subject];

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/settings', handler: 'admin.settings', config: allowed(PERMISSIONS.panelsRead) },
    { method: 'GET', path: '/entries/:uid/:documentId', handler: 'admin.entry', config: allowed(PERMISSIONS.panelsRead) },

    { method: 'GET', path: '/reporters/search', handler: 'admin.searchReporters', config: allowed(PERMISSIONS.panelsRead) },
    { method: 'GET', path: '/reporters/mine', handler: 'admin.ownReporter', config: allowed(PERMISSIONS.panelsRead) },
    { method: 'POST', path: '/reporters', handler: 'admin.createReporter', config: allowed(PERMISSIONS.panelsUpdate, cm('create', REPORTER_UID)) },
    { method: 'GET', path: '/reporters/directory', handler: 'admin.directory', config: allowed(PERMISSIONS.read) },
    { method: 'GET', path: '/reporters/facets', handler: 'admin.reporterFacets', config: allowed(PERMISSIONS.read) },
    { method: 'GET', path: '/reporters/export.csv', handler: 'imports.exportCsv', config: allowed(PERMISSIONS.read, cm('read', REPORTER_UID)) },
    {
      method: 'POST',
      path: '/import',
      handler: 'imports.start',
      config: allowed(PERMISSIONS.read, cm('read', REPORTER_UID), cm('create', REPORTER_UID), cm('update', REPORTER_UID)),
    },
    { method: 'GET', path: '/import/:id', handler: 'imports.status', config: allowed(PERMISSIONS.read) },
    { method: 'POST', path: '/reporters/merge', handler: 'admin.mergeReporters', config: allowed(PERMISSIONS.mergeReporters, cm('update', REPORTER_UID)) },

    { method: 'GET', path: '/key-facts-boxes/search', handler: 'admin.searchBoxes', config: allowed(PERMISSIONS.panelsRead) },
    { method: 'GET', path: '/key-facts-boxes/library', handler: 'admin.boxLibrary', config: allowed(PERMISSIONS.read) },
    { method: 'GET', path: '/key-facts-boxes/:documentId', handler: 'admin.findBox', config: allowed(PERMISSIONS.panelsRead) },
    {
      method: 'POST',
      path: '/key-facts-boxes',
      handler: 'admin.createBox',
      config: allowed(PERMISSIONS.panelsUpdate, cm('create', KEY_FACTS_UID), cm('publish', KEY_FACTS_UID)),
    },
    {
      method: 'PUT',
      path: '/key-facts-boxes/:documentId',
      handler: 'admin.updateBox',
      config: allowed(PERMISSIONS.panelsUpdate, cm('update', KEY_FACTS_UID), cm('publish', KEY_FACTS_UID)),
    },
  ],
};
