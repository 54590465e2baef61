/**
 * Admin RBAC actions of the plugin: registered by the server (`bootstrap`), required by the admin
 * routes (`routes/admin.ts`) and checked by the admin (`useRBAC`) to show or enable controls.
 */
export const PERMISSIONS = {
  /** The Newsroom page: reporters directory and key-facts library. */
  read: 'plugin::newsroom.read',
  /** The Byline and Key facts panels, read-only: see credits and boxes, search them. */
  panelsRead: 'plugin::newsroom.panels.read',
  /** Change credits and attached boxes in the panels, create reporters and boxes from them. */
  panelsUpdate: 'plugin::newsroom.panels.update',
  /** Merge a duplicate reporter profile into another (moves every credit). */
  mergeReporters: 'plugin::newsroom.reporters.merge',
} as const;

/** What `bootstrap()` registers with the admin's action provider (uid is relative to the plugin). */
export const ADMIN_ACTIONS = [
  { uid: 'read', displayName: 'Open the Newsroom page' },
  { uid: 'panels.read', displayName: 'See the Byline and Key facts panels' },
  { uid: 'panels.update', displayName: 'Edit bylines and key facts from the panels' },
  { uid: 'reporters.merge', displayName: 'Merge duplicate reporters' },
] as const;
