'use strict';
// A reporter's page as the plugin should serve it, worked out from the seed plan: the reporter's
// articles newest first by editorial date, and the first, middle and last page of them with the
// keyset cursor (`before=`) that asks for each. The benchmark checks every answer against these,
// so a fast page in the wrong order cannot pass.

const { article, documentId } = require('./fixtures');

const ARTICLE_UID = 'api::article.article';

/**
 * The cursor of a page entry, as the reporter page reads it in `before=` and gives it in
 * `meta.articles.next`: base64url of JSON [dateMs, publishedAtMs, contentTypeUid, documentId].
 */
const cursorOf = ({ dateMs, publishedAtMs, documentId: id }) => Buffer.from(JSON.stringify([dateMs, publishedAtMs, ARTICLE_UID, id])).toString('base64url');

/** The page order: newest first by (dateMs, publishedAtMs, contentTypeUid, documentId), all descending. */
const newestFirst = (a, b) =>
  b.dateMs - a.dateMs || b.publishedAtMs - a.publishedAtMs || (a.documentId < b.documentId ? 1 : a.documentId > b.documentId ? -1 : 0);

/**
 * Pages of `pageSize` of the articles numbered `numbers` (seed numbering; `count` articles in all,
 * the newest published at `newest`). Each page: its number, the `before` cursor that asks for it
 * (null for the first page, which is asked by offset), the documentIds it must list in order, and
 * the `next` cursor it must give (null on the last page).
 */
function reporterPages(numbers, { count, newest, pageSize }) {
  const entries = numbers.map((n) => {
    const { publishedAt, publishedDate, slug } = article(n, count, newest);
    return { documentId: documentId('art', n), slug, dateMs: Date.parse(`${publishedDate}T00:00:00Z`), publishedAtMs: publishedAt.getTime() };
  });
  entries.sort(newestFirst);
  const pages = Math.max(1, Math.ceil(entries.length / pageSize));
  const page = (number) => {
    const from = (number - 1) * pageSize;
    const listed = entries.slice(from, from + pageSize);
    return {
      number,
      before: number > 1 ? cursorOf(entries[from - 1]) : null,
      documentIds: listed.map((entry) => entry.documentId),
      next: number < pages ? cursorOf(listed[listed.length - 1]) : null,
    };
  };
  return {
    articles: entries.length,
    pageSize,
    // What a feed must list first: the newest entry by editorial date.
    newestSlug: entries[0]?.slug ?? null,
    first: page(1),
    middle: page(Math.ceil(pages / 2)),
    last: page(pages),
  };
}

module.exports = { reporterPages };
