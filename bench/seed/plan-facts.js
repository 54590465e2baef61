'use strict';
// What the measurements need to know about the seeded articles, gathered while they are written
// (the credit plan is a stream, never held whole): which articles to ask for, the compared
// reporters' pages, and which drafts an editor has changed and will publish.

const { STAR, REGULAR, bylineMode, reporterName, hasKeyFacts, documentId } = require('./fixtures');
const { reporterPages } = require('./reporter-pages');

const PAGE_SIZE = 25;

const named = (credits) => credits.every((c) => bylineMode(c.reporter) === 'named');

/** Gathers facts of `scale`'s articles: `add(n, credits)` for each, oldest first. */
function planFacts(scale) {
  let credits = 0;
  let withFourCredits = null;
  let withOneCredit = null;
  const articlesOf = { [STAR]: [], [REGULAR]: [] };
  // Articles an editor may republish without moving the compared reporters' pages.
  const publishable = [];

  return {
    add(n, plan) {
      credits += plan.length;
      // The newest that fits wins: n grows.
      if (plan.length === 4 && hasKeyFacts(n) && named(plan)) withFourCredits = n;
      if (plan.length === 1 && hasKeyFacts(n) && named(plan)) withOneCredit = n;
      for (const { reporter } of plan) articlesOf[reporter]?.push(n);
      if (plan.length === 4 && named(plan) && !plan.some((c) => c.reporter in articlesOf)) publishable.push(n);
    },

    /** `count` publishable articles spread over the archive, the newest four-credit one (read by the bench) left out. */
    editedDrafts(count) {
      const candidates = publishable.filter((n) => n !== withFourCredits);
      if (candidates.length < count) throw new Error(`only ${candidates.length} articles with 4 named credits to publish, ${count} wanted`);
      return Array.from({ length: count }, (_, i) => candidates[Math.floor((i * candidates.length) / count)]);
    },

    /** The facts, once every article is added; `newest` is the newest article's publication time. */
    result(newest, editedDrafts) {
      if (withFourCredits === null || withOneCredit === null) throw new Error('no article with 4 (or 1) named credits and a key-facts box');
      const reporter = (k) => ({
        ...reporterName(k),
        ...reporterPages(articlesOf[k], { count: scale.articles, newest, pageSize: PAGE_SIZE }),
      });
      const pair = (n) => ({ documentId: documentId('art', n), plainDocumentId: documentId('pla', n) });
      return {
        scale,
        articleWithFourCredits: pair(withFourCredits),
        articleWithOneCredit: pair(withOneCredit),
        star: reporter(STAR),
        regular: reporter(REGULAR),
        editedDrafts: editedDrafts.map(pair),
        credits,
      };
    },
  };
}

module.exports = { planFacts };
