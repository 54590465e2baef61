const fs = require('fs');
const path = require('path');
const { articles, reporters } = require('./content');

const DEMO_ADMIN = { email: 'editor@newsroom.local', password: 'Newsroom-demo-2026' };
const IMAGES = path.join(__dirname, 'images');
const LOCALES = ['en', 'uk'];

/** Seeds the demo newsroom. Idempotent: every record is looked up by its slug first. */
async function seedDemo(strapi) {
  await ensureDemoAdmin(strapi);
  const reporterIds = await seedReporters(strapi);
  const created = await seedArticles(strapi, reporterIds);
  strapi.log.info(`[seed] ${reporters.length} reporters, ${articles.length} articles (${created} new)`);
  // After Strapi's own start-up banner, which it prints from its 'listening' callback.
  strapi.server.httpServer.once('listening', () => setImmediate(() => printDemoBanner(strapi)));
}

async function ensureDemoAdmin(strapi) {
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email: DEMO_ADMIN.email,
    firstname: 'Demo',
    lastname: 'Editor',
    password: DEMO_ADMIN.password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
}

/** Returns documentId by slug for every seeded reporter. */
async function seedReporters(strapi) {
  const documents = strapi.documents('plugin::newsroom.reporter-profile');
  const ids = {};
  for (const reporter of reporters) {
    const existing = await documents.findFirst({ locale: 'en', filters: { slug: reporter.slug } });
    if (existing) {
      ids[reporter.slug] = existing.documentId;
      continue;
    }
    const { en, uk, photo, status, ...identity } = reporter;
    const uploaded = await uploadImage(strapi, photo, reporter.photoAlt);
    const shared = { ...identity, staffStatus: status, photo: uploaded?.id ?? null };
    const { documentId } = await documents.create({ locale: 'en', data: { ...shared, ...en } });
    await documents.update({ documentId, locale: 'uk', data: { ...shared, ...uk } });
    await documents.publish({ documentId, locale: '*' });
    ids[reporter.slug] = documentId;
  }
  return ids;
}

async function seedArticles(strapi, reporterIds) {
  const documents = strapi.documents('api::article.article');
  let created = 0;
  for (const article of articles) {
    const existing = await documents.findFirst({ locale: 'en', filters: { slug: article.slug } });
    if (existing) continue;
    const cover = await uploadImage(strapi, article.cover, article.en.title);
    const credits = article.credits.map(({ reporter, role, note }) => ({ reporter: reporterIds[reporter], role, note }));
    const shared = { slug: article.slug, publishedDate: article.publishedDate, category: article.category, cover: cover?.id, credits };
    const { documentId } = await documents.create({ locale: 'en', data: { ...shared, ...article.en } });
    for (const locale of LOCALES.slice(1)) {
      await documents.update({ documentId, locale, data: { ...shared, ...article[locale] } });
    }
    await documents.publish({ documentId, locale: '*' });
    created += 1;
  }
  return created;
}

async function uploadImage(strapi, fileName, alternativeText) {
  if (!fileName) return null;
  const filepath = path.join(IMAGES, fileName);
  const [file] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: fileName, alternativeText } },
      files: { filepath, originalFilename: fileName, mimetype: 'image/png', size: fs.statSync(filepath).size },
    });
  return file;
}

function printDemoBanner(strapi) {
  const base = strapi.config.get('server.url') || `http://localhost:${strapi.config.get('server.port')}`;
  const lines = [
    'The demo newsroom is running.',
    `  Admin:    ${base}/admin`,
    `  Log in:   ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}   (local demo account only)`,
    `  Articles: ${base}/api/articles?locale=en`,
    `            ${base}/api/articles?locale=uk&filters[slug][$eq]=${articles[0].slug}`,
  ];
  console.log(`\n${lines.join('\n')}\n`);
}

module.exports = { seedDemo, DEMO_ADMIN };
