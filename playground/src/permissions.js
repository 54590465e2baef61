// This newsroom site is publicly readable: the public role, and readers who log in, may read
// published articles and the newsroom plugin's public routes. Anything else stays closed.
const PUBLIC_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'plugin::newsroom.reporters.find',
  'plugin::newsroom.reporters.findOne',
  'plugin::newsroom.reporter-json-ld.findOne',
  'plugin::newsroom.reporter-feed-rss.findOne',
  'plugin::newsroom.reporter-feed-atom.findOne',
  'plugin::newsroom.reporter-feed-json.findOne',
  'plugin::newsroom.reporter-profile.find',
  'plugin::newsroom.reporter-profile.findOne',
  'plugin::newsroom.bylines.findOne',
  'plugin::newsroom.key-facts.findOne',
  'plugin::newsroom.reporter-sitemap.find',
  'plugin::newsroom.reporter-sitemap.findOne',
  'plugin::newsroom.key-facts-box.find',
  'plugin::newsroom.key-facts-box.findOne',
];

async function grantPublicReadAccess(strapi) {
  // Started without the plugin (the benchmark's baseline), its actions do not exist: granting them
  // would only have Users & Permissions delete them again at the next start.
  const actions = strapi.plugin('newsroom') ? PUBLIC_ACTIONS : PUBLIC_ACTIONS.filter((action) => !action.startsWith('plugin::newsroom.'));
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const type of ['public', 'authenticated']) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
    if (!role) continue;
    for (const action of actions) {
      const existing = await permissions.findOne({ where: { action, role: role.id } });
      if (!existing) await permissions.create({ data: { action, role: role.id } });
    }
  }
}

module.exports = { grantPublicReadAccess, PUBLIC_ACTIONS };
