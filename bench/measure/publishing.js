'use strict';
// What publishing costs an editor: a changed draft published through the Content Manager's own
// route (the admin's Publish button), an article with 4 credits (plugin) against its plain twin
// with 4 authors (baseline). Each publish writes, so every one takes a draft of its own
// (seed/plan-facts.js `editedDrafts`).

const { performance } = require('perf_hooks');
const { editorForm } = require('./editor-form');
const { summarize, median, round } = require('./http');

const SIDES = {
  plugin: { uid: 'api::article.article', documentId: (draft) => draft.documentId, people: (data) => data.credits?.length },
  baseline: { uid: 'api::plain-article.plain-article', documentId: (draft) => draft.plainDocumentId, people: (data) => data.authors?.count },
};
const PUBLISH_PATH = '/content-manager/collection-types/:uid/:documentId/actions/publish?locale=en';
const WARMUP = 3;

/**
 * Publishes `timing.publishes` drafts per side one at a time, the sides taking turns (median, p95,
 * server CPU per publish, ratio plugin/baseline), then as many again per side with
 * `timing.connections` editors at once (publishes per second).
 */
async function timePublishing(server, drafts, { adminToken }, { publishes, connections }, log) {
  const needed = WARMUP + 2 * publishes;
  if (drafts.length < needed) throw new Error(`publishing needs ${needed} edited drafts, the seed made ${drafts.length}`);
  const headers = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
  const contentManager = async (path, init = {}) => {
    const response = await fetch(`${server.url}/content-manager${path}`, { headers, ...init });
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} /content-manager${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text);
  };
  const { contentTypes, components } = (await contentManager('/init')).data;
  const schemaOf = Object.fromEntries(contentTypes.map((type) => [type.uid, type]));
  const componentsByUid = Object.fromEntries(components.map((component) => [component.uid, component]));

  // The editor opens each draft before pressing Publish: read untimed, before any publish.
  const opened = [];
  for (const draft of drafts.slice(0, needed)) {
    const forms = {};
    for (const [side, { uid, documentId }] of Object.entries(SIDES)) {
      const id = documentId(draft);
      const { data } = await contentManager(`/collection-types/${uid}/${id}?locale=en`);
      forms[side] = { id, body: JSON.stringify(editorForm(data, schemaOf[uid], componentsByUid)) };
    }
    opened.push(forms);
  }

  const publish = async (side, { id, body }) => {
    const { uid, people } = SIDES[side];
    const started = performance.now();
    const { data } = await contentManager(`/collection-types/${uid}/${id}/actions/publish?locale=en`, { method: 'POST', body });
    const ms = performance.now() - started;
    if (!data.publishedAt || people(data) !== 4)
      throw new Error(`publishing ${uid} ${id} gave publishedAt ${data.publishedAt} and ${people(data)} people, not 4`);
    return ms;
  };

  for (const forms of opened.slice(0, WARMUP)) for (const side of Object.keys(SIDES)) await publish(side, forms[side]);
  log(`  one editor: ${publishes} publishes per side, taking turns`);
  const times = { plugin: [], baseline: [] };
  const cpu = { plugin: 0, baseline: 0 };
  for (const [i, forms] of opened.slice(WARMUP, WARMUP + publishes).entries()) {
    // Who goes first alternates, so neither side always follows the other's write.
    for (const side of i % 2 ? ['baseline', 'plugin'] : ['plugin', 'baseline']) {
      const before = await server.cpuMs();
      times[side].push(await publish(side, forms[side]));
      cpu[side] += (await server.cpuMs()) - before;
    }
  }

  log(`  ${connections} editors at once: ${publishes} publishes per side`);
  const together = opened.slice(WARMUP + publishes);
  const perSecond = {};
  for (const side of Object.keys(SIDES)) {
    const queue = together.map((forms) => forms[side]);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (queue.length) await publish(side, queue.shift());
      })
    );
    perSecond[side] = round((together.length * 1000) / (performance.now() - started), 1);
  }

  const result = { path: `POST ${PUBLISH_PATH}`, publishes };
  for (const side of Object.keys(SIDES)) {
    const seconds = times[side].reduce((sum, ms) => sum + ms, 0) / 1000;
    result[side] = { ...summarize(times[side], seconds), cpuMs: round(cpu[side] / publishes, 2), perSecond: perSecond[side] };
  }
  result.ratio = round(median(times.plugin) / median(times.baseline), 2);
  result.cpuRatio = round(result.plugin.cpuMs / result.baseline.cpuMs, 2);
  return result;
}

module.exports = { timePublishing };
