const path = require('path');

// The newsroom plugin is loaded from this repository (its built `dist/`), never from the registry.
// NEWSROOM_CONFIG (JSON) lets tests start the site with another plugin config; NEWSROOM_ENABLED=false
// starts it without the plugin (the benchmark's baseline, the disable/enable test).
module.exports = ({ env }) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET', 'newsroom-demo-users-permissions-jwt') } },
  // GraphQL answers the same leak checks as REST (tests/integration/graphql-*.test.ts).
  graphql: { enabled: true, config: { defaultLimit: 25, maxLimit: 100, depthLimit: 10, landingPage: false } },
  newsroom: {
    enabled: env.bool('NEWSROOM_ENABLED', true),
    resolve: path.resolve(__dirname, '..', '..'),
    config: env.json('NEWSROOM_CONFIG', {
      contentTypes: ['api::article.article'],
      profileUrl: 'https://newsroom.example.org/reporters/{slug}',
      organization: { name: 'The Kyiv Ledger', url: 'https://newsroom.example.org', logo: 'https://newsroom.example.org/logo.png' },
      withheldBylineText: { en: 'Staff reporter', uk: 'Штатний кореспондент' },
      articleUrls: { 'api::article.article': 'https://newsroom.example.org/{locale}/articles/{slug}' },
      dateFields: { 'api::article.article': 'publishedDate' },
      staleFactsAfterDays: 30,
    }),
  },
});
