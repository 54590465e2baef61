import { z } from 'zod/v4';
import { formatPath } from '../../../shared/validation-error';
import { httpUrl, httpUrlProblem } from '../../../shared/text-rules';
import { hasIntlList, ownBylinePhrases, phraseTemplateProblem, shipsLanguageOf } from '../../../shared/byline-phrases';
import { languageOf } from '../../../shared/locale-lookup';

export const DEFAULT_CREDIT_ROLES = ['author', 'contributor', 'photographer', 'editor', 'translator', 'fact-checker'];

/** The placeholders of `profileUrl` and of `articleUrls`, filled in percent-encoded. */
export const PROFILE_URL_PLACEHOLDERS = /\{slug\}/g;
export const ARTICLE_URL_PLACEHOLDERS = /\{(slug|documentId|locale)\}/g;

// A URL cannot hold the braces of a placeholder: a template is checked as the URL it becomes.
const urlTemplate = (placeholders: RegExp) =>
  z.string().superRefine((template, ctx) => {
    const problem = httpUrlProblem(template.replace(placeholders, 'x'));
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem} once its placeholders are filled in` });
  });

const phraseTemplate = z.string().superRefine((template, ctx) => {
  const problem = phraseTemplateProblem(template);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const separator = z
  .string()
  .min(1, 'must not be empty')
  .refine((text) => !/[{}]/.test(text), 'must not contain "{" or "}" (a separator has no placeholder)');

const localePhrases = z
  .object({
    list: z.union(
      [
        z.string().refine(hasIntlList, 'must be a locale that Intl.ListFormat has lists for, or { separator, last, pair? }'),
        z.object({ separator, last: separator, pair: separator.optional() }).strict(),
      ],
      { error: 'must be a locale for Intl.ListFormat, or { separator, last, pair? }' }
    ),
    roles: z.record(
      z.string(),
      z.union([phraseTemplate, z.object({ one: phraseTemplate, other: phraseTemplate }).strict()], {
        error: 'must be a phrase with "{names}", or { one, other } phrases',
      })
    ),
  })
  .partial()
  .strict();

const uid = z.string().regex(/^(api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/, 'must be a content-type UID like "api::article.article"');

export const configSchema = z
  .object({
    contentTypes: z.array(uid).default(['api::article.article']),
    creditRoles: z
      .array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'))
      .min(1, 'must list at least one role')
      .refine((roles) => roles.includes('author'), 'must include "author" (bylines are built from it)')
      .refine((roles) => new Set(roles).size === roles.length, 'must not repeat a role')
      .default(DEFAULT_CREDIT_ROLES),
    profileUrl: urlTemplate(PROFILE_URL_PLACEHOLDERS)
      .refine((v) => v.includes('{slug}'), 'must be an http(s) URL containing "{slug}"')
      .nullable()
      .default(null),
    organization: z
      .object({ name: z.string().min(1, 'is required'), url: httpUrl, logo: httpUrl.optional() })
      .strict()
      .nullable()
      .default(null),
    withheldBylineText: z
      .record(z.string(), z.string().min(1, 'must not be empty'))
      .refine((texts) => typeof texts.en === 'string', 'must have an "en" text')
      .default({ en: 'Staff reporter', uk: 'Штатний кореспондент' }),
    // Public URL of an entry per enabled type, with {slug}, {documentId} and {locale}: the `url` of
    // a ClaimReview and the links of reporter pages.
    articleUrls: z.record(uid, urlTemplate(ARTICLE_URL_PLACEHOLDERS)).default({}),
    // The attribute holding each enabled type's editorial date (the date the newsroom gives a
    // story, which an imported or back-dated archive does not share with `publishedAt`).
    dateFields: z.record(uid, z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an attribute name')).default({}),
    staleFactsAfterDays: z.number().int('must be a whole number').positive('must be positive').default(30),
    // How many of the latest entries a reporter's feed holds (and the most `?limit=` may ask for).
    feedSize: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').default(20),
    // The largest file the Newsroom page's Import tab accepts (a WordPress export or a profiles CSV), in MiB.
    importUploadMaxMiB: z.number().int('must be a whole number').min(1, 'must be at least 1').max(2048, 'must be at most 2048').default(64),
    // Byline phrases per locale code, merged phrase by phrase over the shipped ones.
    bylinePhrases: z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a locale code like "pt" or "pt-BR"'), localePhrases).default({}),
  })
  .strict()
  .superRefine(({ bylinePhrases, creditRoles }, ctx) => {
    for (const [locale, phrases] of Object.entries(bylinePhrases)) {
      for (const role of Object.keys(phrases.roles ?? {})) {
        if (!creditRoles.includes(role))
          ctx.addIssue({ code: 'custom', path: ['bylinePhrases', locale, 'roles', role], message: 'is not one of "creditRoles"' });
      }
      // A language the plugin does not ship has no phrase to fall back on but English: ask for them all,
      // so that no byline comes out half in English.
      if (shipsLanguageOf(locale)) continue;
      const own = ownBylinePhrases(locale, bylinePhrases)!;
      for (const role of creditRoles.filter((r) => !own.roles[r])) {
        ctx.addIssue({
          code: 'custom',
          path: ['bylinePhrases', locale, 'roles', role],
          message: `is required: the plugin ships no byline phrases for "${languageOf(locale)}"`,
        });
      }
      if (typeof own.list === 'string' && !hasIntlList(own.list)) {
        ctx.addIssue({ code: 'custom', path: ['bylinePhrases', locale, 'list'], message: `is required: Intl.ListFormat has no lists for "${own.list}"` });
      }
    }
  });

export type NewsroomConfig = z.infer<typeof configSchema>;

/** Parses a raw plugin config, throwing an Error whose message names every wrong key. */
export const parseConfig = (raw: unknown): NewsroomConfig => {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = formatPath(issue.path) || '(root)';
    // zod reports unknown keys on the parent with the key names in `keys`.
    const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` ${issue.keys.join(', ')}` : '';
    // A record's bad key is one issue whose own issues say what is wrong with it.
    const message = issue.code === 'invalid_key' ? issue.issues.map((inner) => inner.message).join(', ') : issue.message;
    return `"${key}"${keys}: ${message}`;
  });
  throw new Error(`Invalid newsroom config: ${problems.join('; ')}`);
};
