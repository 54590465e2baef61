// A second Strapi process on the playground, for tests of what crosses processes: two instances
// on one database, and a process killed in the middle of a merge. Its database and mode come
// from the environment the test gives it; it reports on the IPC channel.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const playground = path.resolve(__dirname, '..', '..', 'playground');
const [scenario, ...args] = process.argv.slice(2);

(async () => {
  const strapi = await createStrapi({ appDir: playground, distDir: playground, autoReload: false, serveAdminPanel: false }).load();

  if (scenario === 'serve') {
    await strapi.listen();
    process.send({ ready: true, port: strapi.server.httpServer.address().port });
    return;
  }

  if (scenario === 'rebuild-and-hang') {
    // Rebuild the credit index two rows at a time and hang after the second batch has committed:
    // the test kills this process there.
    await strapi
      .plugin('newsroom')
      .service('creditIndex')
      .rebuild({
        batchSize: 2,
        onProgress: ({ done }) => {
          if (done < 4) return undefined;
          process.send({ midway: true, done });
          return new Promise(() => {});
        },
      });
    process.send({ finished: true });
  }

  if (scenario === 'publish-many') {
    // Publish each of these articles with these credits, as fast as it can: the test runs the
    // same in its own process at the same time.
    const [plan] = args;
    const documents = strapi.documents('api::article.article');
    for (const { documentId, credits } of JSON.parse(plan)) {
      await documents.update({ documentId, locale: 'en', data: { credits } });
      await documents.publish({ documentId, locale: '*' });
    }
    process.send({ finished: true });
  }

  if (scenario === 'merge-and-hang') {
    // Hold the merge after its credit moves, just before archiving the source, and say so:
    // the test kills this process there, with the transaction open.
    const [sourceDocumentId, targetDocumentId] = args;
    const documents = strapi.documents.bind(strapi);
    const wrapped = (uid) => {
      const service = documents(uid);
      if (uid !== 'plugin::newsroom.reporter-profile') return service;
      return {
        ...service,
        unpublish: () => {
          process.send({ midway: true });
          return new Promise(() => {});
        },
      };
    };
    Object.assign(wrapped, strapi.documents);
    Object.defineProperty(strapi, 'documents', { value: wrapped, configurable: true });
    await strapi.plugin('newsroom').service('reporterMerge').merge({ sourceDocumentId, targetDocumentId });
    process.send({ finished: true });
  }
})().catch((error) => {
  process.send?.({ error: String(error?.stack ?? error) });
  process.exit(1);
});
