import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldIssue, throwIfIssues } from '../domain/validation';
import type { z } from 'zod/v4';

/** Path parameters that cannot name anything (a malformed slug or id) are simply not found. */
export const parseParamsOr404 = <T extends z.ZodType>(schema: T, params: unknown): z.infer<T> => {
  const result = schema.safeParse(params);
  if (!result.success) throw new errors.NotFoundError('Not found');
  return result.data;
};

/** Resolves `?locale=`: a locale of the site, or the default one; anything else is a 400. */
export const resolveLocale = async (strapi: Core.Strapi, locale: string | undefined): Promise<string> => {
  const locales = strapi.plugin('i18n').service('locales');
  if (locale === undefined) return locales.getDefaultLocale();
  const codes = ((await locales.find()) as { code: string }[]).map((l) => l.code);
  if (!codes.includes(locale)) throwIfIssues([fieldIssue(['locale'], `"${locale}" is not a locale of this site (${codes.join(', ')})`)]);
  return locale;
};
