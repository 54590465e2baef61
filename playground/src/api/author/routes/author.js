const { factories } = require('@strapi/strapi');

// The benchmark's baseline (see bench/): no role may read it unless the benchmark grants it on its own database.
module.exports = factories.createCoreRouter('api::author.author');
