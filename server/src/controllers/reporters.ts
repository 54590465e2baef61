import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { parseOrThrow } from '../domain/validation';
import { parseParamsOr404, resolveLocale } from './route-params';
import { reporterListQuery, reporterPageQuery, slugParam } from './query-schemas';
import { getService } from '../services/get-service';

const service = (strapi: Core.Strapi) => getService(strapi, 'reporters');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const query = parseOrThrow(reporterListQuery, ctx.query);
    ctx.body = await service(strapi).search({ ...query, locale: await resolveLocale(strapi, query.locale) });
  },

  async findOne(ctx: Context) {
    const { slug } = parseParamsOr404(slugParam, ctx.params);
    const query = parseOrThrow(reporterPageQuery, ctx.query);
    ctx.body = await service(strapi).findBySlug(slug, { ...query, locale: await resolveLocale(strapi, query.locale) }, ctx.state.auth);
  },
});
