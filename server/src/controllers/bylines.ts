import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { parseOrThrow } from '../domain/validation';
import { entryParams, localeQuery } from './query-schemas';
import { parseParamsOr404, resolveLocale } from './route-params';
import { sendScriptSafeJson } from './script-safe-response';
import { getService } from '../services/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Context) {
    const { pluralName, documentId } = parseParamsOr404(entryParams, ctx.params);
    const query = parseOrThrow(localeQuery, ctx.query);
    sendScriptSafeJson(ctx, await getService(strapi, 'bylines').forEntry(pluralName, documentId, await resolveLocale(strapi, query.locale)));
  },
});
