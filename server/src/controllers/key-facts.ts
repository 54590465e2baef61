import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { parseOrThrow } from '../domain/validation';
import { documentIdParam, localeQuery } from './query-schemas';
import { parseParamsOr404, resolveLocale } from './route-params';
import { sendScriptSafeJson } from './script-safe-response';
import { getService } from '../services/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Context) {
    const { documentId } = parseParamsOr404(documentIdParam, ctx.params);
    const query = parseOrThrow(localeQuery, ctx.query);
    sendScriptSafeJson(ctx, await getService(strapi, 'keyFacts').findOne(documentId, await resolveLocale(strapi, query.locale)));
  },
});
