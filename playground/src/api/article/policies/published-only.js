// Drafts of articles (and the credits inside them) are not public: the newsroom plugin's
// `published-only` policy, when the plugin is enabled.
module.exports = (policyContext, config, { strapi }) => {
  if (!strapi.plugin('newsroom')) return true;
  return strapi.policy('plugin::newsroom.published-only')(policyContext, config, { strapi });
};
