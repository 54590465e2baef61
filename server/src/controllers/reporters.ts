import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseOrThrow } from '../domain/validation';
import { fieldIssue, throwIfIssues } from '../domain/validation';
import { localeQuery, reporterListQuery, reporterPageQuery, slugParam } from './query-schemas';

/** Resolves `?locale=`: a locale of the site, or the default one; anything else is a 400. */
export const resolveLocale = async (strapi: Core.Strapi, locale: string | undefined): Promise<string> => {
  const locales = strapi.plugin('i18n').service('locales');
  if (locale === undefined) return locales.getDefaultLocale();
  const codes = ((await locales.find()) as { code: string }[]).map((l) => l.code);
  if (!codes.includes(locale)) throwIfIssues([fieldIssue(['locale'], `"${locale}" is not a locale of this site (${codes.join(', ')})`)]);
  return locale;
};

const service = (strapi: Core.Strapi) => strapi.plugin('newsroom').service('reporters');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const query = parseOrThrow(reporterListQuery, ctx.query);
    ctx.body = await service(strapi).search({ ...query, locale: await resolveLocale(strapi, query.locale) });
  },

  async findOne(ctx: any) {
    const { slug } = parseSlug(ctx.params);
    const query = parseOrThrow(reporterPageQuery, ctx.query);
    ctx.body = await service(strapi).findBySlug(slug, { ...query, locale: await resolveLocale(strapi, query.locale) }, ctx.state.auth);
  },

  async jsonLd(ctx: any) {
    const { slug } = parseSlug(ctx.params);
    const query = parseOrThrow(localeQuery, ctx.query);
    ctx.body = await service(strapi).jsonLd(slug, await resolveLocale(strapi, query.locale));
  },
});

// A slug that cannot exist is simply not found, not a client error worth a 400.
const parseSlug = (params: unknown) => {
  const result = slugParam.safeParse(params);
  if (!result.success) throw new errors.NotFoundError('No reporter with that slug');
  return result.data;
};
