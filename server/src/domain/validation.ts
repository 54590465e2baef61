import { errors } from '@strapi/utils';
import type { z } from 'zod/v4';
import { formatPath, issuesFromZod, summarizeIssues, type FieldIssue } from '../../../shared/validation-error';

/** Throws Strapi's ValidationError (a 400 naming each field) when there are issues. */
export const throwIfIssues = (issues: FieldIssue[]): void => {
  if (issues.length > 0) {
    throw new errors.ValidationError(summarizeIssues(issues), { errors: issues });
  }
};

export const fieldIssue = (path: (string | number)[], rule: string): FieldIssue => ({
  path: path.map(String),
  message: `${formatPath(path)}: ${rule}`,
  name: 'ValidationError',
});

/** Parses with a zod schema or throws a 400 naming every field that failed. */
export const parseOrThrow = <T extends z.ZodType>(schema: T, input: unknown, prefix: (string | number)[] = []): z.infer<T> => {
  const result = schema.safeParse(input);
  if (!result.success) throwIfIssues(issuesFromZod(result.error, prefix));
  return (result as { data: z.infer<T> }).data;
};
