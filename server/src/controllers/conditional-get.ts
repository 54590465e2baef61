import type { Context } from 'koa';
import { strongEtag, type Gzipped } from '../domain/strong-etag';

/**
 * Sends a generated document (a feed, a sitemap) with its validators: a strong ETag (`etag` when
 * the caller kept it with the document) and Last-Modified; answers 304 with no body when the request's
 * If-None-Match, or without one its If-Modified-Since, still holds (Koa's `ctx.fresh`).
 * `no-cache` lets a cache keep the document but makes it ask every time, and rules out a
 * heuristic lifetime from an old Last-Modified: a reporter withheld today must not linger in a
 * cache's copy of a co-author's feed. With `gzipped`, a client that accepts gzip gets that form.
 */
export const sendCacheable = (
  ctx: Context,
  mediaType: string,
  { body, lastModified, etag, gzipped }: { body: string; lastModified: Date | null; etag?: string; gzipped?: Gzipped }
): void => {
  const compressed = gzipped && ctx.acceptsEncodings('gzip', 'identity') === 'gzip';
  ctx.status = 200;
  ctx.set('Content-Type', mediaType);
  ctx.set('ETag', compressed ? gzipped.etag : (etag ?? strongEtag(body)));
  if (gzipped) ctx.vary('Accept-Encoding');
  if (lastModified) ctx.set('Last-Modified', lastModified.toUTCString());
  ctx.set('Cache-Control', 'no-cache');
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  if (compressed) {
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = gzipped.body;
  } else ctx.body = body;
};
