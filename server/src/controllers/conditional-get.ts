import { createHash } from 'crypto';

/**
 * Sends a generated document (a feed, a sitemap) with its validators: a strong ETag (a hash of
 * the exact bytes sent) and Last-Modified; answers 304 with no body when the request's
 * If-None-Match, or without one its If-Modified-Since, still holds (Koa's `ctx.fresh`).
 * `no-cache` lets a cache keep the document but makes it ask every time, and rules out a
 * heuristic lifetime from an old Last-Modified: a reporter withheld today must not linger in a
 * cache's copy of a co-author's feed.
 */
export const sendCacheable = (ctx: any, mediaType: string, { body, lastModified }: { body: string; lastModified: Date | null }): void => {
  ctx.status = 200;
  ctx.set('Content-Type', mediaType);
  ctx.set('ETag', `"${createHash('sha256').update(body).digest('base64url')}"`);
  if (lastModified) ctx.set('Last-Modified', lastModified.toUTCString());
  ctx.set('Cache-Control', 'no-cache');
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.body = body;
};
