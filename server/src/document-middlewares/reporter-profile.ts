import type { Core, Modules } from '@strapi/strapi';
import { REPORTER_UID } from '../content-types';

/**
 * Every write to a reporter profile, from the admin, the content API or code, passes here:
 * a rejected write throws before anything is stored; a rename is recorded in the same transaction.
 */
export const reporterProfileMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (ctx, next) => {
    if (ctx.uid !== REPORTER_UID || (ctx.action !== 'create' && ctx.action !== 'update')) {
      return next();
    }
    const writes = strapi.plugin('newsroom').service('reporterProfileWrites');
    const params = ctx.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };
    const { formerSlug } = await writes.prepare(ctx.action, params);
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId;
      if (documentId) await writes.recordRename(documentId, formerSlug, params.data?.slug);
      return result;
    });
  };
