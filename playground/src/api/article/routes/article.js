const { factories } = require('@strapi/strapi');

// Drafts of articles (and the credits inside them) are not public: see the newsroom plugin's
// `published-only` policy. Without the plugin (NEWSROOM_ENABLED=false) the policy does not exist.
// One object per route: Strapi writes each route's auth scope into its config.
const readsArePublished = () => ({ policies: process.env.NEWSROOM_ENABLED === 'false' ? [] : ['plugin::newsroom.published-only'] });

module.exports = factories.createCoreRouter('api::article.article', {
  config: { find: readsArePublished(), findOne: readsArePublished() },
});
