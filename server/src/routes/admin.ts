// Admin routes of the plugin (used by the admin panels and the Newsroom page), under /newsroom/….
export default {
  type: 'admin',
  routes: [] as unknown[],
};
