const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreController('api::plain-article.plain-article');
