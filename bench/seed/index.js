'use strict';
// Seeds the benchmark's newsroom into a database whose schema Strapi has just synced: reporter
// profiles with photos, articles with credits and key-facts boxes (the plugin), and the same people
// and articles as plain Authors and Plain articles with a many-to-many (the baseline).
//
// Rows go straight into Strapi's tables (see writer.js). Table and column names come from
// `strapi.db.metadata`, so a renamed column or join table shows up here as an error, not as
// silently wrong data. Every published document gets a draft row and a published row, each with its
// own components and relations to the draft or published target, as Strapi 5 stores them.

const { openWriter } = require('./writer');
const { BEATS, reporterName, bylineMode, article, creditPlan, hasKeyFacts, documentId, paragraph } = require('./fixtures');
const { planFacts } = require('./plan-facts');

const UID = {
  article: 'api::article.article',
  plainArticle: 'api::plain-article.plain-article',
  author: 'api::author.author',
  reporter: 'plugin::newsroom.reporter-profile',
  box: 'plugin::newsroom.key-facts-box',
  file: 'plugin::upload.file',
};

// The baseline's routes are closed in the playground; the benchmark opens them on its own database.
const BASELINE_ACTIONS = [
  'api::plain-article.plain-article.find',
  'api::plain-article.plain-article.findOne',
  'api::author.author.find',
  'api::author.author.findOne',
];

const ARTICLES_PER_BATCH = 2000;

// An editor account, for timing the admin's typeahead (an admin route) as the Byline panel calls it.
const BENCH_ADMIN = { email: 'bench@newsroom.local', password: 'Bench-password-2026' };

/** Names of tables and columns, read from Strapi's metadata. */
const schemaOf = (strapi) => {
  const { metadata } = strapi.db;
  const { identifiers } = metadata;
  const model = (uid) => metadata.get(uid);

  /** `values` keyed by attribute name → the same keyed by column name. */
  const row = (uid, values) => {
    const { attributes } = model(uid);
    const out = {};
    for (const [name, value] of Object.entries(values)) {
      const column = attributes[name]?.columnName;
      if (!column) throw new Error(`${uid} has no column for "${name}"`);
      out[column] = value;
    }
    return out;
  };

  /** The join table of a component attribute: rows link an entity to its component rows, in order. */
  const components = (uid, attribute) => {
    const { joinTable, target } = model(uid).attributes[attribute];
    return {
      table: joinTable.name,
      link: (entityId, componentId, order) => ({
        [joinTable.joinColumn.name]: entityId,
        [joinTable.inverseJoinColumn.name]: componentId,
        [identifiers.getMorphColumnTypeName('component')]: target,
        [identifiers.FIELD_COLUMN]: joinTable.on.field,
        [joinTable.orderColumnName]: order,
      }),
    };
  };

  /** The join table of a relation attribute (with its order column, where it has one). */
  const relation = (uid, attribute) => {
    const { joinTable } = model(uid).attributes[attribute];
    return {
      table: joinTable.name,
      link: (fromId, toId, order) => ({
        [joinTable.joinColumn.name]: fromId,
        [joinTable.inverseJoinColumn.name]: toId,
        ...(joinTable.orderColumnName ? { [joinTable.orderColumnName]: order } : {}),
      }),
    };
  };

  /** The upload plugin's morph table: which file is in which media field of which entry. */
  const media = (() => {
    const { joinTable } = model(UID.file).attributes.related;
    return {
      table: joinTable.name,
      link: (fileId, uid, entityId, field) => ({
        [joinTable.joinColumn.name]: fileId,
        [joinTable.morphColumn.idColumn.name]: entityId,
        [joinTable.morphColumn.typeColumn.name]: uid,
        [identifiers.FIELD_COLUMN]: field,
        [identifiers.ORDER_COLUMN]: 1,
      }),
    };
  })();

  return {
    table: (uid) => model(uid).tableName,
    row,
    components,
    relation,
    media,
  };
};

/** Draft and published rows of one document: ids `id` and `id + 1`. */
const versions = (id, published, values) => [
  { id, ...values, publishedAt: null },
  { id: id + 1, ...values, publishedAt: published },
];

/**
 * Seeds `scale` ({ reporters, articles, photos, boxes, starShare, regularShare, editedDrafts }) into
 * the playground loaded as `strapi`; `progress(articles)` hears after each batch. Returns what the
 * measurements need to know about the data (plan-facts.js).
 */
async function seed(strapi, scale, progress) {
  await openBaseline(strapi);
  await createAdmin(strapi);
  const s = schemaOf(strapi);
  const knex = strapi.db.connection;
  const nextId = async (uid) => Number((await knex(s.table(uid)).max('id as max').first()).max ?? 0) + 1;
  const start = {};
  for (const [key, uid] of Object.entries(UID)) start[key] = await nextId(uid);
  for (const component of ['newsroom.credit', 'newsroom.social-link', 'newsroom.fact', 'newsroom.source', 'newsroom.rating']) {
    start[component] = await nextId(component);
  }

  const now = new Date();
  const stamps = { createdAt: now, updatedAt: now, locale: 'en' };
  const writer = await openWriter(strapi);
  const insert = (uid, rows) =>
    writer.insert(
      s.table(uid),
      rows.map((values) => s.row(uid, values))
    );
  const insertLinks = (join, links) => writer.insert(join.table, links);
  let componentIds = { ...start };
  const newComponent = (uid) => componentIds[uid]++;

  // Photos: a few dozen image files, shared by reporters and authors (as stock headshots would be).
  const fileId = (n) => start.file + (n % scale.photos);
  await insert(
    UID.file,
    Array.from({ length: scale.photos }, (_, n) => {
      const url = `/uploads/bench_photo_${n}.jpg`;
      const thumbnail = {
        name: `thumbnail_bench_photo_${n}.jpg`,
        url: `/uploads/thumbnail_bench_photo_${n}.jpg`,
        width: 156,
        height: 156,
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 6.1,
      };
      return {
        id: fileId(n),
        documentId: documentId('file', n),
        name: `bench_photo_${n}.jpg`,
        alternativeText: null,
        width: 800,
        height: 800,
        formats: JSON.stringify({
          thumbnail,
          small: { ...thumbnail, name: `small_bench_photo_${n}.jpg`, url: `/uploads/small_bench_photo_${n}.jpg`, width: 500, height: 500, size: 31.4 },
        }),
        hash: `bench_photo_${n}`,
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 84.2,
        url,
        provider: 'local',
        folderPath: '/',
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
        locale: null,
      };
    })
  );

  // Reporters (plugin) and authors (baseline): the same people, each with a photo; reporter k is
  // rows reporterRow(k) (draft) and reporterRow(k) + 1 (published), likewise authors.
  const reporterRow = (k) => start.reporter + 2 * k;
  const authorRow = (k) => start.author + 2 * k;
  const socialLinks = s.components(UID.reporter, 'socialLinks');
  for (let from = 0; from < scale.reporters; from += 1000) {
    const reporters = [];
    const authors = [];
    const photos = [];
    const links = [];
    const socialRows = [];
    for (let k = from; k < Math.min(from + 1000, scale.reporters); k += 1) {
      const { fullName, slug } = reporterName(k);
      const beats = [BEATS[k % BEATS.length], BEATS[(k * 7 + 3) % BEATS.length]];
      const languages = k % 3 === 0 ? ['en'] : ['en', 'uk'];
      const published = new Date(now.getTime() - (scale.reporters - k) * 60 * 1000);
      // The public data of a profile; the author (baseline) holds the same.
      const profile = {
        jobTitle: k % 5 === 0 ? 'Correspondent' : 'Reporter',
        shortBio: `${fullName} covers ${beats.join(' and ')}.`,
        bio: JSON.stringify([paragraph(`${fullName} has reported on ${beats.join(' and ')} since ${2000 + (k % 24)}.`)]),
        photoAlt: `Portrait of ${fullName}`,
        basedIn: k % 2 ? 'Kyiv' : 'London',
        languages: JSON.stringify(languages),
        beats: JSON.stringify(beats),
        sameAs: JSON.stringify([`https://example.org/people/${slug}`]),
        noindex: false,
      };
      const staffStatus = k % 10 === 9 ? 'alumni' : 'active';
      reporters.push(
        ...versions(reporterRow(k), published, {
          ...stamps,
          documentId: documentId('rep', k),
          fullName,
          slug,
          ...profile,
          staffStatus,
          bylineMode: bylineMode(k),
          facets: `|${[...beats.map((b) => `beat:${b}`), ...languages.map((l) => `lang:${l}`)].join('|')}|`,
          // The plugin stores searchKey(fullName); these names are plain ASCII, where that is lower case.
          searchName: fullName.toLowerCase(),
        })
      );
      authors.push(
        ...versions(authorRow(k), published, {
          documentId: documentId('aut', k),
          name: fullName,
          slug,
          ...profile,
          staffStatus,
          createdAt: now,
          updatedAt: now,
        })
      );
      for (const offset of [0, 1]) {
        photos.push(s.media.link(fileId(k), UID.reporter, reporterRow(k) + offset, 'photo'));
        photos.push(s.media.link(fileId(k), UID.author, authorRow(k) + offset, 'photo'));
        const social = newComponent('newsroom.social-link');
        socialRows.push({ id: social, network: 'x', url: `https://x.com/${slug.replace(/-/g, '_')}` });
        links.push(socialLinks.link(reporterRow(k) + offset, social, 1));
      }
    }
    await insert(UID.reporter, reporters);
    await insert(UID.author, authors);
    await insert('newsroom.social-link', socialRows);
    await insertLinks(socialLinks, links);
    await insertLinks(s.media, photos);
  }

  // Key-facts boxes: three sourced facts each; every tenth is a fact-check with a rating.
  const boxRow = (b) => start.box + 2 * b;
  const factsJoin = s.components(UID.box, 'facts');
  const ratingJoin = s.components(UID.box, 'rating');
  const sourcesJoin = s.components('newsroom.fact', 'sources');
  const boxes = [];
  const facts = [];
  const sources = [];
  const ratings = [];
  const boxLinks = [];
  const factLinks = [];
  for (let b = 0; b < scale.boxes; b += 1) {
    const factCheck = b % 10 === 0;
    boxes.push(
      ...versions(boxRow(b), now, {
        ...stamps,
        documentId: documentId('box', b),
        title: `What we know (${b})`,
        kind: factCheck ? 'fact-check' : 'key-facts',
        lastVerifiedAt: now,
        claimReviewed: factCheck ? 'The grid will be fully restored by winter.' : null,
        claimAuthor: factCheck ? 'A ministry spokesperson' : null,
      })
    );
    for (const offset of [0, 1]) {
      for (let f = 0; f < 3; f += 1) {
        const fact = newComponent('newsroom.fact');
        const source = newComponent('newsroom.source');
        facts.push({ id: fact, text: `Fact ${f + 1} of box ${b}: figures from the ministry's weekly report.`, label: null, date: null });
        sources.push({ id: source, name: 'Ministry of Energy', url: 'https://example.org/report' });
        boxLinks.push(factsJoin.link(boxRow(b) + offset, fact, f + 1));
        factLinks.push(sourcesJoin.link(fact, source, 1));
      }
      if (factCheck) {
        const rating = newComponent('newsroom.rating');
        ratings.push({ id: rating, value: 2, label: 'Mostly false' });
        boxLinks.push(ratingJoin.link(boxRow(b) + offset, rating, 1));
      }
    }
  }
  await insert(UID.box, boxes);
  await insert('newsroom.fact', facts);
  await insert('newsroom.source', sources);
  await insert('newsroom.rating', ratings);
  await insertLinks(factsJoin, boxLinks);
  await insertLinks(sourcesJoin, factLinks);

  // Articles: each with 1–4 credits (plugin) and the same people as authors of its plain twin,
  // written as the plan streams, a batch at a time.
  const plan = creditPlan(scale);
  const known = planFacts(scale);
  const creditsJoin = s.components(UID.article, 'credits');
  const reporterLink = s.relation('newsroom.credit', 'reporter');
  const keyFactsLink = s.relation(UID.article, 'keyFacts');
  const authorsLink = s.relation(UID.plainArticle, 'authors');
  const articleRow = (n) => start.article + 2 * n;
  const plainRow = (n) => start.plainArticle + 2 * n;
  for (let from = 0; from < scale.articles; from += ARTICLES_PER_BATCH) {
    const batch = { articles: [], plain: [], credits: [], cmps: [], reporters: [], boxes: [], authors: [] };
    for (let n = from; n < Math.min(from + ARTICLES_PER_BATCH, scale.articles); n += 1) {
      const credits = plan.next().value;
      known.add(n, credits);
      const { publishedAt, ...text } = article(n, scale.articles, now);
      batch.articles.push(...versions(articleRow(n), publishedAt, { ...stamps, ...text, body: JSON.stringify(text.body), documentId: documentId('art', n) }));
      batch.plain.push(...versions(plainRow(n), publishedAt, { ...stamps, ...text, body: JSON.stringify(text.body), documentId: documentId('pla', n) }));
      for (const offset of [0, 1]) {
        credits.forEach(({ reporter, role, note }, i) => {
          const credit = newComponent('newsroom.credit');
          batch.credits.push({ id: credit, role, note });
          batch.cmps.push(creditsJoin.link(articleRow(n) + offset, credit, i + 1));
          batch.reporters.push(reporterLink.link(credit, reporterRow(reporter) + offset));
          batch.authors.push(authorsLink.link(plainRow(n) + offset, authorRow(reporter) + offset, i + 1));
        });
        if (hasKeyFacts(n)) batch.boxes.push(keyFactsLink.link(articleRow(n) + offset, boxRow((n / 3) % scale.boxes) + offset, 1));
      }
    }
    await insert(UID.article, batch.articles);
    await insert(UID.plainArticle, batch.plain);
    await insert('newsroom.credit', batch.credits);
    await insertLinks(creditsJoin, batch.cmps);
    await insertLinks(reporterLink, batch.reporters);
    await insertLinks(keyFactsLink, batch.boxes);
    await insertLinks(authorsLink, batch.authors);
    progress?.(Math.min(from + ARTICLES_PER_BATCH, scale.articles));
  }
  await writer.finish();

  // Drafts an editor changed after publishing (the Content Manager shows them as modified), for
  // the publishing benchmark: each is published once, through the Content Manager.
  const edited = known.editedDrafts(scale.editedDrafts);
  const later = new Date(now.getTime() + 60 * 1000);
  for (const [uid, row] of [
    [UID.article, articleRow],
    [UID.plainArticle, plainRow],
  ]) {
    await knex(s.table(uid))
      .whereIn('id', edited.map(row))
      .update(s.row(uid, { dek: 'What changed this week, and what it means for readers (updated).', updatedAt: later }));
  }
  await dropCreditIndex(strapi);
  return known.result(now, edited);
}

/**
 * The rows went in behind the plugin's back, so any credit index it made when this process booted
 * on the empty database is stale. Dropping its tables leaves the archive as a site has it when it
 * installs the plugin over years of articles: the first start builds the index from nothing.
 */
async function dropCreditIndex(strapi) {
  const tables = await strapi.db.dialect.schemaInspector.getTables();
  for (const table of tables.filter((name) => name.startsWith('newsroom_credit_'))) {
    await strapi.db.getSchemaConnection().dropTable(table);
  }
}

/** Opens the baseline's read routes to the public role, as a site would for its own types. */
async function openBaseline(strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  for (const action of BASELINE_ACTIONS) {
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
}

async function createAdmin(strapi) {
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi
    .service('admin::user')
    .create({ ...BENCH_ADMIN, firstname: 'Bench', lastname: 'Editor', isActive: true, registrationToken: null, roles: [superAdmin.id] });
}

module.exports = { seed, BENCH_ADMIN };
