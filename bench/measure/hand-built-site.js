'use strict';
// The start-up reference for the plugin: the playground with the plugin's types and components
// written into the site by hand (src/api, src/components, the enabled types' schemas), as a site
// would model reporters and credits without the plugin: the same schemas, none of its code.

const fs = require('fs');
const path = require('path');

const PLAYGROUND = path.resolve(__dirname, '..', '..', 'playground');

/** The plugin's custom fields (lists of texts) become what they store: a site without the plugin has plain JSON fields. */
const withoutPluginFields = (key, value) => {
  if (!value || typeof value !== 'object' || !String(value.customField ?? '').startsWith('plugin::newsroom.')) return value;
  const { customField, options, ...attribute } = value;
  return { ...attribute, type: 'json' };
};

/** `plugin::newsroom.reporter-profile` → `api::reporter-profile.reporter-profile`, everywhere in a schema, custom fields dropped. */
const asSiteUids = (schema) =>
  JSON.parse(JSON.stringify(schema, withoutPluginFields).replace(/plugin::newsroom\.([a-z-]+)/g, (_, name) => `api::${name}.${name}`));

const writeJson = (file, value) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
};

/**
 * Writes the hand-built site into `dir` from `models` (child.js `models`). Its config files load the
 * playground's (so the plugin stays declared, and is started disabled); its src/ is the playground's
 * plus the plugin's schemas, and core routers, controllers and services for the types the plugin
 * routes (as `strapi generate` makes them).
 */
function writeHandBuiltSite(models, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(PLAYGROUND, 'src'), path.join(dir, 'src'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  fs.copyFileSync(path.join(PLAYGROUND, 'package.json'), path.join(dir, 'package.json'));
  for (const file of fs.readdirSync(path.join(PLAYGROUND, 'config'))) {
    fs.mkdirSync(path.join(dir, 'config'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'config', file), `module.exports = require(${JSON.stringify(path.join(PLAYGROUND, 'config', file))});\n`);
  }

  for (const [uid, schema] of Object.entries(models.contentTypes)) {
    const name = uid.slice('plugin::newsroom.'.length);
    const api = path.join(dir, 'src', 'api', name);
    writeJson(path.join(api, 'content-types', name, 'schema.json'), asSiteUids(schema));
    if (!models.routed.includes(name)) continue;
    const siteUid = `api::${name}.${name}`;
    const factory = (kind) => `module.exports = require('@strapi/strapi').factories.createCore${kind}('${siteUid}');\n`;
    for (const [folder, kind] of [
      ['routes', 'Router'],
      ['controllers', 'Controller'],
      ['services', 'Service'],
    ]) {
      fs.mkdirSync(path.join(api, folder), { recursive: true });
      fs.writeFileSync(path.join(api, folder, `${name}.js`), factory(kind));
    }
  }
  for (const [uid, schema] of Object.entries(models.components)) {
    const [category, name] = uid.split('.');
    writeJson(path.join(dir, 'src', 'components', category, `${name}.json`), asSiteUids(schema));
  }
  for (const [uid, attributes] of Object.entries(models.added)) {
    const name = uid.split('.').pop();
    const file = path.join(dir, 'src', 'api', name, 'content-types', name, 'schema.json');
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    writeJson(file, { ...schema, attributes: { ...schema.attributes, ...asSiteUids(attributes) } });
  }
  return dir;
}

module.exports = { writeHandBuiltSite };
