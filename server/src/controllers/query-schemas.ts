import { z } from 'zod/v4';
import { REPORTER_STATUSES } from '../../../shared/reporter-profile-rules';
import { languageTag, slug } from '../../../shared/text-rules';

/** Query strings arrive as strings; numbers are parsed here, and anything else is a 400. */
export const int = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
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

export const reporterPageQuery = z.object(paging).strict();

export const localeQuery = z.object({ locale: paging.locale }).strict();

/** A reporter feed's query: `limit` goes up to the configured `feedSize`, its default. */
export const feedQuery = (feedSize: number) => z.object({ locale: paging.locale, limit: int(1, feedSize, feedSize) }).strict();

export const slugParam = z.object({ slug });

export const entryParams = z.object({ pluralName: z.string().regex(/^[a-z0-9-]{1,80}$/), documentId: z.string().regex(/^[A-Za-z0-9]{1,64}$/) });
export const documentIdParam = z.object({ documentId: z.string().regex(/^[A-Za-z0-9]{1,64}$/) });
