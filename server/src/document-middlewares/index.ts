import type { Core, Modules } from '@strapi/strapi';
import { KEY_FACTS_UID, REPORTER_UID } from '../content-types';
import { getConfig } from '../plugin-config';
import { guardReporterFilters } from '../domain/withheld-filters';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/** Whether the current request is a public one (REST content API or GraphQL), not the admin's. */
const inContentApi = (strapi: Core.Strapi) => strapi.requestContext.get()?.state?.route?.info?.type === 'content-api';

type Params = { documentId?: string; locale?: string; data?: Record<string, unknown> };

/**
 * Every write to the plugin's types and to the enabled types, from the admin, the content API
 * or code, passes here: a rejected write throws before anything is stored.
 */
export const newsroomDocumentMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (ctx, next) => {
    const service = (name: string) => strapi.plugin('newsroom').service(name);
    const params = ctx.params as Params;
    const isWrite = ctx.action === 'create' || ctx.action === 'update';
    const isEnabledType = getConfig(strapi).contentTypes.includes(ctx.uid);

    if (READS.has(ctx.action) && (ctx.uid === REPORTER_UID || isEnabledType) && inContentApi(strapi)) {
      const read = ctx.params as { filters?: unknown };
      read.filters = guardReporterFilters(read.filters, ctx.uid === REPORTER_UID ? 'reporter' : 'entry');
      return next();
    }

    if (ctx.uid === REPORTER_UID) {
      if (ctx.action === 'delete') await service('credits').refuseDeleteIfCredited(params.documentId);
      if (!isWrite) return next();
      const writes = service('reporterProfileWrites');
      const { formerSlug } = await writes.prepare(ctx.action, params);
      // The rename record commits or rolls back with the write itself.
      return strapi.db.transaction(async () => {
        const result = await next();
        const documentId = (result as { documentId?: string } | null)?.documentId;
        if (documentId) await writes.recordRename(documentId, formerSlug, params.data?.slug);
        return result;
      });
    }

    if (ctx.uid === KEY_FACTS_UID && isWrite) {
      await service('keyFactsWrites').prepare(ctx.action, params);
    } else if (isWrite && isEnabledType) {
      await service('credits').prepareArticleWrite(ctx.uid, ctx.action, params);
    }
    return next();
  };
