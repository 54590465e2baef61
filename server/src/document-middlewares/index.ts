import type { Core, Modules, UID } from '@strapi/strapi';
import { KEY_FACTS_UID, REPORTER_UID } from '../content-types';
import { getConfig } from '../plugin-config';
import { createQueryGuard } from '../domain/public-query-guard';
import { raiseChangeCounter } from '../database/change-counters';
import { getService } from '../services/get-service';
import type { StoredRow as Entity } from '../domain/stored-row';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const PROFILE_WRITES = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft']);
// What can change the published versions of an entry, and so its rows in the credit index.
const ENTRY_WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'delete']);

/** Whether the current request is a public one (REST content API or GraphQL) or the admin's. */
const requestKind = (strapi: Core.Strapi): string | undefined => strapi.requestContext.get()?.state?.route?.info?.type;

type Params = { documentId?: string; locale?: string; data?: Record<string, unknown>; filters?: unknown; populate?: unknown; sort?: unknown };
/** What a Document Service action resolves to. */
type Outcome = Awaited<ReturnType<Parameters<Modules.Documents.Middleware.Middleware>[1]>>;

/** The profile entities of a Document Service result: one, a list, or a publish result's `entries`. */
const entitiesOf = (result: unknown): Entity[] => {
  if (Array.isArray(result)) return result.filter((item) => item && typeof item === 'object');
  if (!result || typeof result !== 'object') return [];
  const entries = (result as { entries?: unknown }).entries;
  return Array.isArray(entries) ? entries : [result as Entity];
};

/**
 * Every read and write of the plugin's types and of the enabled types, from the admin, the
 * content API or code, passes here: public reads are guarded, a rejected write throws before
 * anything is stored, and a profile write settles its withheld identity in the same transaction.
 */
export const newsroomDocumentMiddleware = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  const guard = createQueryGuard({ getModel: (uid) => strapi.getModel(uid as UID.ContentType), reporterUid: REPORTER_UID, operatorPrefix: '$' });

  const profileAction = async (action: string, params: Params, next: () => Promise<Outcome>): Promise<Outcome> => {
    if (READS.has(action)) return next();
    if (action === 'delete') await getService(strapi, 'credits').refuseDeleteIfCredited(params.documentId);
    const settles = PROFILE_WRITES.has(action);
    const writes = getService(strapi, 'reporterProfileWrites');
    const isWrite = action === 'create' || action === 'update';
    const { formerSlug } = isWrite ? await writes.prepare(action, params) : { formerSlug: undefined };
    // Without a locale, the Document Service writes the default one.
    const locale = settles ? (params.locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale())) : undefined;
    const fields = isWrite ? Object.keys(params.data ?? {}) : [];
    // The rename record, the withheld identity and the sitemap's counter commit or roll back with the write itself.
    return strapi.db.transaction(async ({ trx }) => {
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId && settles) {
        if (isWrite) await getService(strapi, 'slugRedirects').recordRename(documentId, formerSlug, params.data?.slug);
        await getService(strapi, 'withheldIdentity').settle(documentId, { locale, fields });
        // Unpublishing removes the links of published entries to the reporter's published rows.
        if (action === 'unpublish') await getService(strapi, 'creditIndex').reindexReporters([documentId]);
      }
      // Any profile write may change who the reporter sitemap lists (published, named, indexable).
      await raiseChangeCounter(strapi, trx, 'reporter-sitemap');
      return result;
    });
  };

  return async (ctx, next) => {
    const params = ctx.params as Params;
    const kind = requestKind(strapi);

    if (READS.has(ctx.action) && kind === 'content-api') {
      Object.assign(params, guard.guardRead(params, ctx.uid));
      return next();
    }

    if (ctx.uid === REPORTER_UID) {
      const result = await profileAction(ctx.action, params, next);
      // Editors see and edit the identity of a withheld reporter; only the admin gets it back.
      if (kind === 'admin' && result && typeof result === 'object') {
        const entities = entitiesOf(result);
        const revealed = await getService(strapi, 'withheldIdentity').reveal(entities);
        if (Array.isArray(result)) return revealed as Outcome;
        if (Array.isArray((result as { entries?: unknown }).entries)) return { ...(result as object), entries: revealed } as Outcome;
        return revealed[0] as Outcome;
      }
      return result;
    }

    const isWrite = ctx.action === 'create' || ctx.action === 'update';
    if (ctx.uid === KEY_FACTS_UID && isWrite) {
      await getService(strapi, 'keyFactsWrites').prepare(ctx.action, params);
    } else if (getConfig(strapi).contentTypes.includes(ctx.uid) && ENTRY_WRITES.has(ctx.action)) {
      if (isWrite) await getService(strapi, 'credits').prepareArticleWrite(ctx.uid, ctx.action, params);
      // The entry's credit index rows commit or roll back with the write itself.
      return strapi.db.transaction(async () => {
        const result = await next();
        const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
        if (documentId) await getService(strapi, 'creditIndex').reindexEntries(ctx.uid, [documentId]);
        return result;
      });
    }
    return next();
  };
};
