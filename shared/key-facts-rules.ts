import { z } from 'zod/v4';
import { httpUrl, plainText } from './text-rules';

import { BOX_KINDS } from './admin-api';

export { BOX_KINDS, type BoxKind } from './admin-api';
export const MAX_FACTS = 20;
export const MAX_SOURCES_PER_FACT = 10;
/** Longest texts, in characters; the box editor's inputs stop at the same lengths. */
export const BOX_TEXT_LIMITS = { title: 120, factText: 400, factLabel: 80, sourceName: 200, claimReviewed: 500, claimAuthor: 200, ratingLabel: 80 } as const;

const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export const isRealDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const calendarDate = z.string({ error: 'must be a date' }).refine(isRealDate, 'must be a real date as YYYY-MM-DD');

const timestamp = z
  .string({ error: 'must be a date and time' })
  .refine(
    (v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && isRealDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)),
    'must be an ISO 8601 date and time'
  )
  // A verification cannot happen in the future; a day of slack covers clock skew and time zones.
  .refine((v) => Date.parse(v) <= Date.now() + 24 * 3600 * 1000, 'must not be in the future');

export const sourceRule = z.object({ name: plainText(BOX_TEXT_LIMITS.sourceName, { min: 1 }), url: httpUrl }).passthrough();

export const factRule = z
  .object({
    text: plainText(BOX_TEXT_LIMITS.factText, { min: 1 }),
    label: optional(plainText(BOX_TEXT_LIMITS.factLabel)),
    date: optional(calendarDate),
    sources: optional(
      z.array(sourceRule, { error: 'must be a list of {name, url}' }).max(MAX_SOURCES_PER_FACT, `must list at most ${MAX_SOURCES_PER_FACT} sources`)
    ),
  })
  .passthrough();

/** Field rules of a key-facts box; partial, since updates are. `checkBox` adds whole-box rules. */
export const keyFactsBoxFields = z
  .object({
    title: plainText(BOX_TEXT_LIMITS.title, { min: 1 }),
    kind: z.enum(BOX_KINDS, { error: `must be one of ${BOX_KINDS.join(', ')}` }),
    facts: z.array(factRule, { error: 'must be a list of facts' }).min(1, 'must have at least 1 fact').max(MAX_FACTS, `must have at most ${MAX_FACTS} facts`),
    lastVerifiedAt: optional(timestamp),
    claimReviewed: optional(plainText(BOX_TEXT_LIMITS.claimReviewed)),
    claimAuthor: optional(plainText(BOX_TEXT_LIMITS.claimAuthor)),
    rating: optional(
      z
        .object({
          value: z.number({ error: 'must be a number from 1 to 5' }).int('must be a whole number').min(1, 'must be at least 1').max(5, 'must be at most 5'),
          label: plainText(BOX_TEXT_LIMITS.ratingLabel, { min: 1 }),
        })
        .passthrough()
    ),
  })
  .partial();

export interface BoxIssue {
  path: (string | number)[];
  message: string;
}

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** Rules over the box as it will be stored (existing values merged with the write). */
export const checkBox = (box: { title?: unknown; kind?: unknown; facts?: unknown; claimReviewed?: unknown; rating?: unknown }): BoxIssue[] => {
  const issues: BoxIssue[] = [];
  if (blank(box.title)) issues.push({ path: ['title'], message: 'is required' });
  if (!Array.isArray(box.facts) || box.facts.length === 0) issues.push({ path: ['facts'], message: 'must have at least 1 fact' });
  if (box.kind === 'fact-check') {
    if (blank(box.claimReviewed)) issues.push({ path: ['claimReviewed'], message: 'is required for a fact-check box' });
    if (!box.rating || typeof box.rating !== 'object') issues.push({ path: ['rating'], message: 'is required for a fact-check box' });
  }
  return issues;
};

/** A box verified longer ago than `days` (or never) reads as stale. */
export const isStale = (lastVerifiedAt: string | null | undefined, days: number, now = new Date()): boolean => {
  if (!lastVerifiedAt) return true;
  return now.getTime() - Date.parse(lastVerifiedAt) > days * 24 * 3600 * 1000;
};
