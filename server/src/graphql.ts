import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { KEY_FACTS_UID, REPORTER_UID, UPLOAD_FILE_UID } from './content-types';
import { getConfig } from './plugin-config';
import { redactWithheld } from './sanitizers/withheld-reporters';
import { createQueryGuard, targetOf } from './domain/public-query-guard';
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
 * The GraphQL fields of nested links (relations, media, components), with the model each one
 * reads: GraphQL resolves them itself, not through the Document Service, so their `filters` and
 * `sort` arguments are guarded here as public REST queries are in the document middleware.
 */
const linkFields = (strapi: Core.Strapi, naming: Record<string, (model: unknown) => string>) => {
  const fields: { field: string; target: string }[] = [];
  const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as unknown as {
    modelType: string;
    attributes: Record<string, { type: string; relation?: string; target?: string; component?: string }>;
  }[];
  for (const model of models) {
    const typeName = model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model);
    for (const [key, attribute] of Object.entries(model.attributes)) {
      // Polymorphic links have no one model to guard for (UploadFile.related is disabled).
      const target = /^morph/.test(attribute.relation ?? '') ? undefined : targetOf(attribute);
      if (target) fields.push({ field: `${typeName}.${key}`, target }, { field: `${typeName}.${key}_connection`, target });
    }
  }
  return fields;
};

export const registerGraphqlGuards = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const naming = graphql.service('utils').naming;
  const redact = async (next: Resolve, ...args: unknown[]) => {
    const result = await next(...args);
    // GraphQL needs a documentId and the non-null staffStatus, and loads nested fields (photo…) by id: an id no row has loads nothing.
    await redactWithheld(strapi, entitiesOf(result), { id: -1, documentId: 'withheld', staffStatus: 'active' });
    return result;
  };
  const guard = createQueryGuard({ getModel: (uid) => strapi.getModel(uid as UID.ContentType), reporterUid: REPORTER_UID, operatorPrefix: '' });
  const guardArgs =
    (target: string) =>
    async (next: Resolve, parent: unknown, args: Args, ...rest: unknown[]) => {
      if (args?.sort !== undefined) guard.guardSort(args.sort, target, true);
      const guarded = args?.filters !== undefined ? { ...args, filters: guard.guardFilters(args.filters, target) } : args;
      return next(parent, guarded, ...rest);
    };
  const links = linkFields(strapi, naming);
  const resolvers = [
    ...links.filter(({ target }) => target === REPORTER_UID).map(({ field }) => field),
    'Query.newsroomReporterProfile',
    'Query.newsroomReporterProfiles',
    'Query.newsroomReporterProfiles_connection',
  ];
  const extension = graphql.service('extension');
  // A file's `related` link reaches any entry of any type, drafts included (see public-query-guard.ts).
  extension.shadowCRUD(UPLOAD_FILE_UID).field('related').disable();
  // Former slugs point to profiles, withheld ones included: not for the public.
  extension.shadowCRUD('plugin::newsroom.slug-redirect').disable();
  // What an import wrote, with the WordPress ids it came from: the importer's own bookkeeping.
  extension.shadowCRUD('plugin::newsroom.import-record').disable();
  // GraphQL reads profiles and boxes; they are written through the admin, REST or code. Their
  // mutations' input types were most of what the plugin added to the schema's build at start-up.
  extension.shadowCRUD(REPORTER_UID).disableMutations();
  extension.shadowCRUD(KEY_FACTS_UID).disableMutations();
  const publishedOnly = async (
    next: Resolve,
    parent: unknown,
    args: { status?: string },
    context: { state?: { auth?: { strategy?: { name?: string } } } },
    info: unknown
  ) => {
    if (String(args?.status).toLowerCase() === 'draft' && !isApiToken(context?.state?.auth)) {
      throw new errors.ForbiddenError(DRAFTS_FOR_TOKENS_ONLY);
    }
    return next(parent, args, context, info);
  };
  const queries = [REPORTER_UID, KEY_FACTS_UID, ...getConfig(strapi).contentTypes].flatMap((uid) => {
    const contentType = strapi.contentType(uid as UID.ContentType);
    return [naming.getFindQueryName(contentType), naming.getFindConnectionQueryName(contentType), naming.getFindOneQueryName(contentType)].map(
      (name: string) => `Query.${name}`
    );
  });

  const resolversConfig: Record<string, { middlewares: unknown[] }> = {};
  for (const name of queries) resolversConfig[name] = { middlewares: [publishedOnly] };
  for (const { field, target } of links) (resolversConfig[field] ??= { middlewares: [] }).middlewares.push(guardArgs(target));
  for (const name of resolvers) (resolversConfig[name] ??= { middlewares: [] }).middlewares.push(redact);
  extension.use(() => ({ resolversConfig }));
};
