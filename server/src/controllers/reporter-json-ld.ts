import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { parseOrThrow } from '../domain/validation';
import { localeQuery, slugParam } from './query-schemas';
import { parseParamsOr404, resolveLocale } from './route-params';
import { sendScriptSafeJson } from './script-safe-response';
import { getService } from '../services/get-service';

// Its own controller, so the action is `…json-ld.findOne`: Strapi's read-only API tokens may call
// only actions named find and findOne.
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Context) {
    const { slug } = parseParamsOr404(slugParam, ctx.params);
    const query = parseOrThrow(localeQuery, ctx.query);
    sendScriptSafeJson(ctx, await getService(strapi, 'reporters').jsonLd(slug, await resolveLocale(strapi, query.locale)));
  },
});
