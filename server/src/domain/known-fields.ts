import type { z } from 'zod';
import { fieldIssue } from './validation';
import { issuesFromZod, type FieldIssue } from '../../../shared/validation-error';

// Keys the Document Service and the Content Manager send besides a type's attributes.
const SYSTEM_KEYS = new Set(['id', 'documentId', 'locale', 'publishedAt', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'localizations', 'status']);

/** A write naming a field the type does not have is a client mistake, not something to drop silently. */
export const unknownFieldIssues = (data: Record<string, unknown>, attributes: Record<string, unknown>): FieldIssue[] =>
  Object.keys(data)
    .filter((key) => !(key in attributes) && !SYSTEM_KEYS.has(key))
    .map((key) => fieldIssue([key], 'is not a field of this type'));

/**
 * The issues of a write's data: fields the type does not have, and the fields the write gives
 * checked against `fields` (a type's shared rules; fields it leaves out are not checked here).
 */
export const writeFieldIssues = (data: Record<string, unknown>, fields: z.ZodObject, attributes: Record<string, unknown>): FieldIssue[] => {
  const given = Object.fromEntries(Object.entries(data).filter(([key]) => key in fields.shape));
  const parsed = fields.safeParse(given);
  return [...unknownFieldIssues(data, attributes), ...(parsed.success ? [] : issuesFromZod(parsed.error))];
};
