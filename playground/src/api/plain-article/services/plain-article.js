const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreService('api::plain-article.plain-article');
