import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { getConfig } from '../plugin-config';
import { parseOrThrow } from '../domain/validation';
import { FEED_MEDIA_TYPES, type FeedFormat } from '../domain/reporter-feed';
import { feedQuery, slugParam } from './query-schemas';
import { parseParamsOr404, resolveLocale } from './route-params';
import { sendCacheable } from './conditional-get';
import { getService } from '../services/get-service';

/**
 * The controller of one feed format (`reporter-feed-rss`, `-atom`, `-json`). Each has its own
 * `findOne` action: a site grants the formats separately, and Strapi's read-only API tokens may
 * call only actions named find and findOne.
 */
export const reporterFeedController =
  (format: FeedFormat) =>
  ({ strapi }: { strapi: Core.Strapi }) => ({
    async findOne(ctx: Context) {
      const { slug } = parseParamsOr404(slugParam, ctx.params);
      const query = parseOrThrow(feedQuery(getConfig(strapi).feedSize), ctx.query);
      const locale = await resolveLocale(strapi, query.locale);
      const answer = await getService(strapi, 'reporterFeeds').feed(format, slug, { locale, limit: query.limit }, ctx.state.auth);
      if ('redirect' in answer) {
        // Koa keeps a redirect status set beforehand; its default is 302.
        ctx.status = 301;
        ctx.redirect(answer.redirect);
        return;
      }
      sendCacheable(ctx, FEED_MEDIA_TYPES[format], answer);
    },
  });
