const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { articles, reporters, keyFactsBoxes } = require('./content');

const DEMO_ADMIN = { email: 'editor@newsroom.local', password: 'Newsroom-demo-2026' };
const IMAGES = path.join(__dirname, 'images');
const LOCALES = ['en', 'uk'];

/** Seeds the demo newsroom. Idempotent: every record is looked up by its slug first. */
async function seedDemo(strapi) {
  await ensureDemoAdmin(strapi);
  await ensureDemoRoleUsers(strapi);
  const reporterIds = await seedReporters(strapi);
  const boxIds = await seedKeyFactsBoxes(strapi);
  const created = await seedArticles(strapi, reporterIds, boxIds);
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
    // A withheld reporter's slug is kept sealed, in `withheldSlug`.
    const existing = await strapi.db
      .query('plugin::newsroom.reporter-profile')
      .findOne({ where: { $or: [{ slug: reporter.slug }, { withheldSlug: reporter.slug }] }, select: ['documentId'] });
    if (existing) {
      ids[reporter.slug] = existing.documentId;
      continue;
    }
    const { en, uk, photo, status, ...identity } = reporter;
    // A portrait's file name and URL say nothing of the person: it may one day belong to a withheld reporter.
    const uploaded = await uploadImage(strapi, photo, reporter.photoAlt, `portrait-${crypto.randomBytes(6).toString('hex')}.png`);
    const shared = { ...identity, staffStatus: status, photo: uploaded?.id ?? null };
    const { documentId } = await documents.create({ locale: 'en', data: { ...shared, ...en } });
    await documents.update({ documentId, locale: 'uk', data: { ...shared, ...uk } });
    await documents.publish({ documentId, locale: '*' });
    ids[reporter.slug] = documentId;
  }
  return ids;
}

/** Returns documentId by key for every seeded box; a box is found again by its English title and kind. */
async function seedKeyFactsBoxes(strapi) {
  const documents = strapi.documents('plugin::newsroom.key-facts-box');
  const ids = {};
  for (const box of keyFactsBoxes) {
    const existing = await documents.findFirst({ locale: 'en', filters: { title: box.en.title, kind: box.kind } });
    if (existing) {
      ids[box.key] = existing.documentId;
      continue;
    }
    const shared = { kind: box.kind, lastVerifiedAt: box.lastVerifiedAt };
    const { documentId } = await documents.create({ locale: 'en', data: { ...shared, ...box.en } });
    await documents.update({ documentId, locale: 'uk', data: { ...shared, ...box.uk } });
    await documents.publish({ documentId, locale: '*' });
    ids[box.key] = documentId;
  }
  return ids;
}

async function seedArticles(strapi, reporterIds, boxIds) {
  const documents = strapi.documents('api::article.article');
  let created = 0;
  for (const article of articles) {
    const existing = await documents.findFirst({ locale: 'en', filters: { slug: article.slug } });
    if (existing) continue;
    const cover = await uploadImage(strapi, article.cover, article.en.title);
    const credits = article.credits.map(({ reporter, role, note }) => ({ reporter: reporterIds[reporter], role, note }));
    const shared = { slug: article.slug, publishedDate: article.publishedDate, category: article.category, cover: cover?.id, credits };
    // Attached boxes are a relation, so each locale attaches the box's version in that locale.
    const keyFacts = article.keyFacts.map((key) => boxIds[key]);
    const { documentId } = await documents.create({ locale: 'en', data: { ...shared, keyFacts, ...article.en } });
    for (const locale of LOCALES.slice(1)) {
      await documents.update({ documentId, locale, data: { ...shared, keyFacts, ...article[locale] } });
    }
    await documents.publish({ documentId, locale: '*' });
    created += 1;
  }
  return created;
}

// Demo accounts for each kind of newsroom admin (same password as the demo editor), so the admin's
// permissions can be tried and tested: an Editor, an Author, and a read-only Newsroom viewer.
const DEMO_ROLE_USERS = [
  { email: 'desk-editor@newsroom.local', firstname: 'Desk', lastname: 'Editor', role: 'strapi-editor' },
  { email: 'reporter@newsroom.local', firstname: 'Staff', lastname: 'Reporter', role: 'strapi-author' },
  { email: 'viewer@newsroom.local', firstname: 'Read-only', lastname: 'Viewer', role: 'newsroom-viewer' },
];
const NEWSROOM_ACTIONS = {
  'strapi-editor': ['plugin::newsroom.read', 'plugin::newsroom.panels.read', 'plugin::newsroom.panels.update', 'plugin::newsroom.reporters.merge'],
  'strapi-author': ['plugin::newsroom.panels.read', 'plugin::newsroom.panels.update'],
  'newsroom-viewer': ['plugin::newsroom.read', 'plugin::newsroom.panels.read'],
};
const VIEWER_READS = ['api::article.article', 'plugin::newsroom.reporter-profile', 'plugin::newsroom.key-facts-box'];

async function ensureDemoRoleUsers(strapi) {
  const roles = strapi.service('admin::role');
  const users = strapi.service('admin::user');
  let viewer = await strapi.db.query('admin::role').findOne({ where: { code: 'newsroom-viewer' } });
  if (!viewer) {
    viewer = await roles.create({ name: 'Newsroom viewer', code: 'newsroom-viewer', description: 'Reads articles, reporters and key facts; changes nothing.' });
    const read = strapi.service('admin::permission').actionProvider.get('plugin::content-manager.explorer.read');
    const reads = strapi
      .service('admin::content-type')
      .getPermissionsWithNestedFields([read])
      .filter((p) => VIEWER_READS.includes(p.subject));
    await roles.addPermissions(viewer.id, reads);
  }
  for (const [code, actions] of Object.entries(NEWSROOM_ACTIONS)) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    const granted = await strapi.db.query('admin::permission').findMany({ where: { role: role.id, action: { $in: actions } } });
    const missing = actions.filter((action) => !granted.some((p) => p.action === action));
    if (missing.length)
      await roles.addPermissions(
        role.id,
        missing.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
      );
  }
  await grantAllLocales(strapi, Object.keys(NEWSROOM_ACTIONS));
  for (const user of DEMO_ROLE_USERS) {
    if (await strapi.db.query('admin::user').findOne({ where: { email: user.email } })) continue;
    const role = await strapi.db.query('admin::role').findOne({ where: { code: user.role } });
    const { role: _code, ...fields } = user;
    await users.create({ ...fields, password: DEMO_ADMIN.password, isActive: true, registrationToken: null, roles: [role.id] });
  }
}

// Strapi creates the Editor and Author roles on first start, before this site's locales exist: their
// content permissions name no locale (so read nothing), and the locale-only ones (publish, delete)
// are dropped. The demo roles get every locale, and the Editor its publish and delete back.
async function grantAllLocales(strapi, roleCodes) {
  const codes = (await strapi.plugin('i18n').service('locales').find()).map((locale) => locale.code);
  const permissions = strapi.db.query('admin::permission');
  const editor = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  for (const subject of VIEWER_READS) {
    for (const action of ['plugin::content-manager.explorer.publish', 'plugin::content-manager.explorer.delete']) {
      if (await permissions.findOne({ where: { role: editor.id, action, subject } })) continue;
      await strapi.service('admin::role').addPermissions(editor.id, [{ action, subject, properties: { locales: codes }, conditions: [] }]);
    }
  }
  const granted = await permissions.findMany({
    where: { role: { code: { $in: roleCodes } }, action: { $startsWith: 'plugin::content-manager.explorer.' } },
  });
  for (const permission of granted) {
    if (!strapi.contentTypes[permission.subject]?.pluginOptions?.i18n?.localized) continue;
    const properties = permission.properties ?? {};
    if (Array.isArray(properties.locales) && codes.every((code) => properties.locales.includes(code))) continue;
    await permissions.update({ where: { id: permission.id }, data: { properties: { ...properties, locales: codes } } });
  }
}

async function uploadImage(strapi, fileName, alternativeText, uploadAs = fileName) {
  if (!fileName) return null;
  const filepath = path.join(IMAGES, fileName);
  const [file] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: uploadAs, alternativeText } },
      files: { filepath, originalFilename: uploadAs, mimetype: 'image/png', size: fs.statSync(filepath).size },
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
