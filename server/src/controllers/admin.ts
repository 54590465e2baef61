import type { Context } from 'koa';
import type { Core, UID } from '@strapi/strapi';
import { errors, setCreatorFields } from '@strapi/utils';
import { z } from 'zod/v4';
import { REPORTER_STATUSES } from '../../../shared/reporter-profile-rules';
import { DOCUMENT_ID_LIST_PATTERN } from '../../../shared/document-id';
import { languageTag, plainText } from '../../../shared/text-rules';
import { getConfig } from '../plugin-config';
import { parseOrThrow } from '../domain/validation';
import { parseParamsOr404, resolveLocale } from './route-params';
import { documentId, int } from './query-schemas';
import { KEY_FACTS_UID, REPORTER_UID } from '../content-types';
import { versionWhere } from '../services/admin/admin-entries';
import type { NewsroomSettings, StoredEntry } from '../../../shared/admin-api';
import { isLocalizedType } from '../domain/localized-type';
import { getService } from '../services/get-service';

const locale = z.string().max(20, 'must be at most 20 characters').optional();
const search = z.string().max(100, 'must be at most 100 characters').optional();
const paging = { page: int(1, 100000, 1), pageSize: int(1, 100, 10), locale };

// What the panel already holds (credited reporters, attached boxes), so a page of options is never short of them.
const exclude = z
  .string()
  .max(1700, 'must be at most 1700 characters')
  .regex(DOCUMENT_ID_LIST_PATTERN, 'must be documentIds separated by commas')
  .transform((value) => value.split(','))
  .optional();
const typeaheadQuery = z.object({ search, exclude, ...paging }).strict();
const entryParams = z.object({ uid: z.string().max(200), documentId });
const entryQuery = z.object({ locale, status: z.enum(['draft', 'published'], { error: 'must be draft or published' }).optional() }).strict();
const directoryQuery = z
  .object({
    search,
    beat: z.string().max(80, 'must be at most 80 characters').optional(),
    language: languageTag.optional(),
    status: z.enum(REPORTER_STATUSES, { error: `must be one of ${REPORTER_STATUSES.join(', ')}` }).optional(),
    ...paging,
    pageSize: int(1, 100, 25),
  })
  .strict();
const libraryQuery = z
  .object({ search, stale: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(), ...paging, pageSize: int(1, 100, 25) })
  .strict();
const localeOnlyQuery = z.object({ locale }).strict();
const boxParams = z.object({ documentId });

const quickCreateBody = z
  .object({
    fullName: plainText(120, { min: 1 }),
    jobTitle: plainText(120).optional(),
    locale,
    publish: z.boolean({ error: 'must be true or false' }).optional(),
    // Creating a profile whose name another has (folded, in either script) must be said to be meant.
    allowDuplicate: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict();

const mergeBody = z.object({ sourceDocumentId: documentId, targetDocumentId: documentId }).strict();

// The envelope of a box save; the box's own fields are checked by the key-facts validation every write goes through.
const boxBody = z
  .object({
    locale,
    verified: z.boolean({ error: 'must be true or false' }).optional(),
    data: z
      .object({
        title: z.string({ error: 'must be text' }),
        kind: z.string({ error: 'must be text' }),
        facts: z.array(
          z
            .object({
              text: z.string({ error: 'must be text' }),
              label: z.string({ error: 'must be text' }).nullable().optional(),
              date: z.string({ error: 'must be a date' }).nullable().optional(),
              sources: z.array(z.object({ name: z.string({ error: 'must be text' }), url: z.string({ error: 'must be a URL' }) }).strict()).optional(),
            })
            .strict(),
          { error: 'must be a list of facts' }
        ),
        claimReviewed: z.string().nullable().optional(),
        claimAuthor: z.string().nullable().optional(),
        rating: z.object({ value: z.number(), label: z.string() }).strict().nullable().optional(),
      })
      .strict(),
  })
  .strict();

const service = <Name extends 'adminReporters' | 'adminKeyFacts' | 'adminEntries'>(strapi: Core.Strapi, name: Name) => getService(strapi, name);

/** The Content Manager's permissions, conditions included, of the admin behind `ctx` on type `uid` (services/admin-access). */
const access = (strapi: Core.Strapi, ctx: Context, uid: string) => getService(strapi, 'adminAccess').of(ctx.state.userAbility, uid);

/** Handlers of the admin routes (routes/admin.ts): parse and validate input, check the admin's Content Manager permissions (admin-access), call one service, answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  settings(ctx: Context) {
    const { creditRoles, staleFactsAfterDays, contentTypes, withheldBylineText } = getConfig(strapi);
    const data: NewsroomSettings = { creditRoles, staleFactsAfterDays, contentTypes, withheldBylineText };
    ctx.body = { data };
  },

  /** The stored credits and boxes of one entry, for the panels, if the admin may read that entry in the Content Manager. */
  async entry(ctx: Context) {
    const { uid, documentId: id } = parseParamsOr404(entryParams, ctx.params);
    const query = parseOrThrow(entryQuery, ctx.query);
    if (!getConfig(strapi).contentTypes.includes(uid)) throw new errors.NotFoundError(`${uid} does not take credits`);
    const localized = isLocalizedType(strapi.contentType(uid as UID.ContentType));
    const entryLocale = localized ? await resolveLocale(strapi, query.locale) : undefined;
    const status = query.status ?? 'draft';
    await access(strapi, ctx, uid).assert(['read'], versionWhere(id, entryLocale, status));
    const stored = await service(strapi, 'adminEntries').stored(uid, id, entryLocale, status);
    const reporters = await service(strapi, 'adminReporters').summaries(stored.credits.map((credit) => credit.reporter).filter(Boolean));
    const data: StoredEntry = {
      credits: stored.credits.map((credit) => ({
        id: credit.id,
        reporter: credit.reporter ? (reporters.find((r: { documentId: string }) => r.documentId === credit.reporter.documentId) ?? null) : null,
      })),
      keyFacts: await service(strapi, 'adminKeyFacts').summaries(stored.keyFacts, entryLocale ?? null),
    };
    ctx.body = { data };
  },

  async searchReporters(ctx: Context) {
    const query = parseOrThrow(typeaheadQuery, ctx.query);
    const readable = await access(strapi, ctx, REPORTER_UID).readableWhere();
    ctx.body = await service(strapi, 'adminReporters').search({ ...query, locale: await resolveLocale(strapi, query.locale), readable });
  },

  /** The profile linked to the logged-in admin (`adminUser`), if any: offered first and credited on a new article. */
  async ownReporter(ctx: Context) {
    const query = parseOrThrow(localeOnlyQuery, ctx.query);
    const readable = await access(strapi, ctx, REPORTER_UID).readableWhere();
    ctx.body = { data: await service(strapi, 'adminReporters').ownProfile(ctx.state.user.id, await resolveLocale(strapi, query.locale), readable) };
  },

  async createReporter(ctx: Context) {
    const body = parseOrThrow(quickCreateBody, ctx.request.body ?? {});
    const publish = body.publish ?? true;
    if (publish && !ctx.state.userAbility.can('plugin::content-manager.explorer.publish', REPORTER_UID)) {
      throw new errors.ForbiddenError('You may create reporter profiles but not publish them; create it as a draft');
    }
    const { allowDuplicate, ...fields } = body;
    const locale = await resolveLocale(strapi, body.locale);
    if (!allowDuplicate) {
      const readable = await access(strapi, ctx, REPORTER_UID).readableWhere();
      const [existing] = await service(strapi, 'adminReporters').sameName(body.fullName, locale, readable);
      if (existing) {
        const message = `fullName: "${existing.fullName}" already has a profile; send allowDuplicate: true to create another`;
        ctx.status = 409;
        ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message, details: { existing } } };
        return;
      }
    }
    const stamp = setCreatorFields({ user: ctx.state.user });
    const data = await service(strapi, 'adminReporters').quickCreate({ ...fields, publish, locale, stamp });
    ctx.status = 201;
    ctx.body = { data };
  },

  async directory(ctx: Context) {
    const query = parseOrThrow(directoryQuery, ctx.query);
    const readable = await access(strapi, ctx, REPORTER_UID).readableWhere();
    ctx.body = await service(strapi, 'adminReporters').directory({ ...query, locale: await resolveLocale(strapi, query.locale), readable });
  },

  async reporterFacets(ctx: Context) {
    const query = parseOrThrow(localeOnlyQuery, ctx.query);
    const readable = await access(strapi, ctx, REPORTER_UID).readableWhere();
    ctx.body = { data: await service(strapi, 'adminReporters').facets(await resolveLocale(strapi, query.locale), readable) };
  },

  async mergeReporters(ctx: Context) {
    const body = parseOrThrow(mergeBody, ctx.request.body ?? {});
    // Merging changes both profiles, in every locale.
    await access(strapi, ctx, REPORTER_UID).assert(['update'], { documentId: { $in: [body.sourceDocumentId, body.targetDocumentId] }, publishedAt: null });
    ctx.body = { data: await service(strapi, 'adminReporters').merge(body) };
  },

  async searchBoxes(ctx: Context) {
    const query = parseOrThrow(typeaheadQuery, ctx.query);
    const readable = await access(strapi, ctx, KEY_FACTS_UID).readableWhere();
    ctx.body = await service(strapi, 'adminKeyFacts').search({ ...query, locale: await resolveLocale(strapi, query.locale), readable });
  },

  async boxLibrary(ctx: Context) {
    const { stale, ...query } = parseOrThrow(libraryQuery, ctx.query);
    const readable = await access(strapi, ctx, KEY_FACTS_UID).readableWhere();
    ctx.body = await service(strapi, 'adminKeyFacts').library({
      ...query,
      staleOnly: stale === 'true',
      locale: await resolveLocale(strapi, query.locale),
      readable,
    });
  },

  async findBox(ctx: Context) {
    const { documentId: id } = parseParamsOr404(boxParams, ctx.params);
    const query = parseOrThrow(localeOnlyQuery, ctx.query);
    const locale = await resolveLocale(strapi, query.locale);
    await access(strapi, ctx, KEY_FACTS_UID).assert(['read'], versionWhere(id, locale, 'draft'));
    ctx.body = { data: await service(strapi, 'adminKeyFacts').findOne(id, locale) };
  },

  async createBox(ctx: Context) {
    const body = parseOrThrow(boxBody, ctx.request.body ?? {});
    const stamp = setCreatorFields({ user: ctx.state.user });
    const data = await service(strapi, 'adminKeyFacts').save({
      ...body,
      verified: body.verified ?? false,
      locale: await resolveLocale(strapi, body.locale),
      stamp,
    });
    ctx.status = 201;
    ctx.body = { data };
  },

  async updateBox(ctx: Context) {
    const { documentId: id } = parseParamsOr404(boxParams, ctx.params);
    const body = parseOrThrow(boxBody, ctx.request.body ?? {});
    const locale = await resolveLocale(strapi, body.locale);
    // As in the Content Manager: the version in that locale must be one the admin may change, and
    // saving a locale the box lacks creates it, which the admin must be allowed to do.
    const boxAccess = access(strapi, ctx, KEY_FACTS_UID);
    const [existing] = await boxAccess.assert(['update', 'publish'], versionWhere(id, locale, 'draft'));
    if (!existing) boxAccess.assertType('create');
    const stamp = setCreatorFields({ user: ctx.state.user, isEdition: Boolean(existing) });
    ctx.body = { data: await service(strapi, 'adminKeyFacts').save({ ...body, documentId: id, verified: body.verified ?? false, locale, stamp }) };
  },
});
