import crypto from 'crypto';

interface Ctx {
  status: number;
  body: unknown;
  type: string;
  fresh: boolean;
  set(field: string, value: string): void;
}

/**
 * Sends a generated document (a feed, a sitemap) with a strong `ETag` of its bytes and a
 * `Last-Modified`, and answers 304 with no body when the client's copy is still current.
 */
export const sendCacheable = (ctx: Ctx, { body, type, lastModified }: { body: string; type: string; lastModified: number | null }) => {
  ctx.status = 200;
  ctx.set('ETag', `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`);
  if (lastModified !== null) ctx.set('Last-Modified', new Date(lastModified).toUTCString());
  // Koa compares If-None-Match and If-Modified-Since with the headers just set.
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.type = type;
  ctx.body = body;
};
