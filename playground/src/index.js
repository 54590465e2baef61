const { grantPublicReadAccess } = require('./permissions');
const { seedDemo } = require('./seed');

module.exports = {
  register() {},

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
