const { grantPublicReadAccess } = require('./permissions');
const { seedDemo } = require('./seed');

// The benchmark's baseline types, hidden from the Content Manager in the demo.
const BASELINE_TYPES = ['api::plain-article.plain-article', 'api::author.author'];

module.exports = {
  register({ strapi }) {
    // The benchmark publishes the baseline's plain articles the way an editor publishes articles,
    // through the Content Manager, which serves (and grants) only the types it shows.
    if (process.env.BENCH_BASELINE_EDITABLE === 'true') {
      for (const uid of BASELINE_TYPES) strapi.contentType(uid).pluginOptions['content-manager'].visible = true;
    }
  },

  // Runs after the plugins' bootstrap, so the Users & Permissions roles and the newsroom types exist.
  async bootstrap({ strapi }) {
    await ensureLocale(strapi, 'uk', 'Ukrainian (uk)');
    await grantPublicReadAccess(strapi);
    if (process.env.SEED_DEMO === 'true') {
      await seedDemo(strapi);
    }
  },
};

async function ensureLocale(strapi, code, name) {
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode(code))) {
    await locales.create({ code, name });
  }
}
