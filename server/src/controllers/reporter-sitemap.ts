import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { z } from 'zod/v4';
import { parseOrThrow } from '../domain/validation';
import { parseParamsOr404 } from './route-params';
import { sendCacheable } from './conditional-get';
import { getService } from '../services/get-service';

const partParam = z.object({
  part: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number),
});
const noQuery = z.object({}).strict();

// Its own controller, so the actions are `…reporter-sitemap.find`/`findOne`, which Strapi's
// read-only API tokens may call.
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sitemap = (part?: number) => getService(strapi, 'reporterSitemap').sitemap(part);
  const send = async (ctx: Context, part?: number) => {
    parseOrThrow(noQuery, ctx.query);
    const { xml, lastModified, etag, gzipped } = await sitemap(part);
    sendCacheable(ctx, 'application/xml; charset=utf-8', { body: xml, lastModified: lastModified === null ? null : new Date(lastModified), etag, gzipped });
  };
  return {
    /** The whole sitemap, or its index when it is split. */
    async find(ctx: Context) {
      await send(ctx);
    },
    /** One part of a split sitemap. */
    async findOne(ctx: Context) {
      await send(ctx, parseParamsOr404(partParam, ctx.params).part);
    },
  };
};
