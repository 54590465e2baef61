const { factories } = require('@strapi/strapi');

// One object per route: Strapi writes each route's auth scope into its config.
const readsArePublished = () => ({ policies: ['api::article.published-only'] });

module.exports = factories.createCoreRouter('api::article.article', {
  config: { find: readsArePublished(), findOne: readsArePublished() },
});
