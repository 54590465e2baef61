/** Admin RBAC actions of the plugin: registered by the server, checked by routes and by the admin. */
export const PERMISSIONS = {
  read: 'plugin::newsroom.read',
} as const;

/** What `bootstrap()` registers with the admin's action provider (uid is relative to the plugin). */
export const ADMIN_ACTIONS = [
  { uid: 'read', displayName: 'Open the Newsroom page' },
] as const;
