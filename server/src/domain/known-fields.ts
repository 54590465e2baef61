import { fieldIssue } from './validation';
import type { FieldIssue } from '../../../shared/validation-error';

// Keys the Document Service and the Content Manager send besides a type's attributes.
const SYSTEM_KEYS = new Set(['id', 'documentId', 'locale', 'publishedAt', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'localizations', 'status']);

/** A write naming a field the type does not have is a client mistake, not something to drop silently. */
export const unknownFieldIssues = (data: Record<string, unknown>, attributes: Record<string, unknown>): FieldIssue[] =>
  Object.keys(data)
    .filter((key) => !(key in attributes) && !SYSTEM_KEYS.has(key))
    .map((key) => fieldIssue([key], 'is not a field of this type'));
