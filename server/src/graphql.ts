import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { KEY_FACTS_UID, REPORTER_UID } from './content-types';
import { getConfig } from './plugin-config';
import { redactWithheld, reporterPaths } from './sanitizers/withheld-reporters';
import { createQueryGuard } from './domain/public-query-guard';
import { DRAFTS_FOR_TOKENS_ONLY, isApiToken } from './policies/published-only';

type Entity = Record<string, unknown>;

/** The entities inside a GraphQL resolver's result: an entity response, a collection, or raw data. */
const entitiesOf = (result: unknown): Entity[] => {
  if (!result || typeof result !== 'object') return [];
  if (Array.isArray(result)) return result.flatMap(entitiesOf);
  const r = result as { value?: unknown; nodes?: unknown; documentId?: unknown };
  if ('value' in r) return entitiesOf(r.value);
  if ('nodes' in r) return entitiesOf(r.nodes);
  return typeof r.documentId === 'string' || typeof (r as { id?: unknown }).id === 'number' ? [r as Entity] : [];
};

type Resolve = (...args: unknown[]) => Promise<unknown>;
type Args = { filters?: unknown; sort?: unknown; status?: string };

/**
 * The GraphQL fields of nested links that lead to reporter profiles, with the model each one
 * reads: GraphQL resolves them itself (not through the Document Service), so their `filters` and
 * `sort` arguments are guarded here as public REST queries are in the document middleware.
 */
const reporterLinkFields = (strapi: Core.Strapi, naming: Record<string, (model: unknown) => string>) => {
  const fields: { field: string; target: string }[] = [];
  for (const [uid, paths] of reporterPaths(strapi)) {
    const model = strapi.getModel(uid as never) as { modelType?: string } | undefined;
    if (!model) continue;
    const typeName = model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model);
    for (const { key, kind, uid: target } of paths) {
      if (kind === 'dynamiczone' || !target) continue;
      fields.push({ field: `${typeName}.${key}`, target }, { field: `${typeName}.${key}_connection`, target });
    }
  }
  return fields;
};

/**
 * GraphQL resolves relations on its own (not through the REST output sanitizers), so every
 * resolver that can return a reporter profile redacts withheld reporters too; and, as the REST
 * `published-only` policy does, its queries give drafts to API tokens only.
 */
export const registerGraphqlGuards = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const naming = graphql.service('utils').naming;
  const redact = async (next: Resolve, ...args: unknown[]) => {
    const result = await next(...args);
    // GraphQL needs a documentId, and loads nested fields (photo…) by id: an id no row has loads nothing.
    await redactWithheld(strapi, entitiesOf(result), { id: -1, documentId: 'withheld' });
    return result;
  };
  const guard = createQueryGuard({ getModel: (uid) => strapi.getModel(uid as never) as never, reporterUid: REPORTER_UID, operatorPrefix: '' });
  const guardArgs = (target: string) => async (next: Resolve, parent: unknown, args: Args, ...rest: unknown[]) => {
    if (args?.sort !== undefined) guard.guardSort(args.sort, target);
    const guarded = args?.filters !== undefined ? { ...args, filters: guard.guardFilters(args.filters, target) } : args;
    return next(parent, guarded, ...rest);
  };
  const linkFields = reporterLinkFields(strapi, naming);
  const resolvers = [
    ...linkFields.filter(({ target }) => target === REPORTER_UID).map(({ field }) => field),
    'Query.newsroomReporterProfile',
    'Query.newsroomReporterProfiles',
    'Query.newsroomReporterProfiles_connection',
  ];
  const extension = graphql.service('extension');
  // A file's `related` link reaches any entry of any type, drafts included (see public-query-guard.ts).
  extension.shadowCRUD('plugin::upload.file').field('related').disable();
  // Former slugs point to profiles, withheld ones included: not for the public.
  extension.shadowCRUD('plugin::newsroom.slug-redirect').disable();
  // GraphQL reads profiles and boxes; they are written through the admin, REST or code. Their
  // mutations' input types were most of what the plugin added to the schema's build at start-up.
  extension.shadowCRUD(REPORTER_UID).disableMutations();
  extension.shadowCRUD(KEY_FACTS_UID).disableMutations();
  const publishedOnly = async (next: Resolve, parent: unknown, args: { status?: string }, context: { state?: { auth?: { strategy?: { name?: string } } } }, info: unknown) => {
    if (String(args?.status).toLowerCase() === 'draft' && !isApiToken(context?.state?.auth)) {
      throw new errors.ForbiddenError(DRAFTS_FOR_TOKENS_ONLY);
    }
    return next(parent, args, context, info);
  };
  const queries = [REPORTER_UID, KEY_FACTS_UID, ...getConfig(strapi).contentTypes].flatMap((uid) => {
    const contentType = strapi.contentType(uid as never);
    return [naming.getFindQueryName(contentType), naming.getFindConnectionQueryName(contentType), naming.getFindOneQueryName(contentType)].map(
      (name: string) => `Query.${name}`
    );
  });

  const resolversConfig: Record<string, { middlewares: unknown[] }> = {};
  for (const name of queries) resolversConfig[name] = { middlewares: [publishedOnly] };
  for (const { field, target } of linkFields) (resolversConfig[field] ??= { middlewares: [] }).middlewares.push(guardArgs(target));
  for (const name of resolvers) (resolversConfig[name] ??= { middlewares: [] }).middlewares.push(redact);
  extension.use(() => ({ resolversConfig }));
};
