import { z } from 'zod/v4';
import { REPORTER_STATUSES } from '../../../shared/reporter-profile-rules';
import { languageTag, slug } from '../../../shared/text-rules';
import { DOCUMENT_ID_PATTERN } from '../../../shared/document-id';
import { decodeCursor } from '../domain/archive-cursor';

/** Query strings arrive as strings; numbers are parsed here, and anything else is a 400. */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const int = (min: number, max: number, fallback: number) =>
  wholeNumber(min, max)
    .optional()
    .transform((v) => v ?? fallback);

const paging = {
  page: int(1, 100000, 1),
  pageSize: int(1, 100, 25),
  locale: z.string().max(20, 'must be at most 20 characters').optional(),
};

export const reporterListQuery = z
  .object({
    search: z.string().max(100, 'must be at most 100 characters').optional(),
    beat: z.string().max(80, 'must be at most 80 characters').optional(),
    language: languageTag.optional(),
    status: z.enum(REPORTER_STATUSES, { error: `must be one of ${REPORTER_STATUSES.join(', ')}` }).optional(),
    ...paging,
  })
  .strict();

/** How deep offset paging goes into a reporter's archive; beyond it, the keyset cursor (`before`). */
export const MAX_ARCHIVE_OFFSET = 10_000;

export const reporterPageQuery = z
  .object({
    ...paging,
    page: wholeNumber(1, 100000).optional(),
    before: z
      .string()
      .transform((text, ctx) => decodeCursor(text) ?? (ctx.addIssue({ code: 'custom', message: 'must be the cursor given as meta.articles.next' }), z.NEVER))
      .optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.before && query.page !== undefined) ctx.addIssue({ code: 'custom', path: ['before'], message: 'cannot be combined with page' });
    if (((query.page ?? 1) - 1) * query.pageSize > MAX_ARCHIVE_OFFSET) {
      ctx.addIssue({
        code: 'custom',
        path: ['page'],
        message: `must stay within the first ${MAX_ARCHIVE_OFFSET.toLocaleString('en')} entries; page on with before (meta.articles.next)`,
      });
    }
  })
  .transform((query) => ({ ...query, page: query.page ?? 1 }));

export const localeQuery = z.object({ locale: paging.locale }).strict();

/** A reporter feed's query: `limit` goes up to the configured `feedSize`, its default. */
export const feedQuery = (feedSize: number) => z.object({ locale: paging.locale, limit: int(1, feedSize, feedSize) }).strict();

export const slugParam = z.object({ slug });

export const documentId = z.string().regex(DOCUMENT_ID_PATTERN, 'must be a documentId');
export const entryParams = z.object({ pluralName: z.string().regex(/^[a-z0-9-]{1,80}$/), documentId });
export const documentIdParam = z.object({ documentId });
