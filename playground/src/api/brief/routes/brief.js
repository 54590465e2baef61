const { factories } = require('@strapi/strapi');

// The plugin's tests enable credits on briefs (a type without locales or drafts); no role reads them by default.
module.exports = factories.createCoreRouter('api::brief.brief');
