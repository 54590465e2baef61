import type { z } from 'zod/v4';

/** One field-level problem, in the shape Strapi's admin forms read (`details.errors`). */
export interface FieldIssue {
  path: string[];
  message: string;
  name: 'ValidationError';
}

/** `['facts', 3, 'sources', 0, 'url']` → `facts[3].sources[0].url` */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');

const issue = (path: ReadonlyArray<PropertyKey>, rule: string): FieldIssue => ({
  path: path.map(String),
  message: `${formatPath(path) || 'value'}: ${rule}`,
  name: 'ValidationError',
});

export const issuesFromZod = (error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): FieldIssue[] =>
  error.issues.flatMap((zodIssue) =>
    // An unknown key is reported on its parent; name the key itself.
    zodIssue.code === 'unrecognized_keys'
      ? zodIssue.keys.map((key) => issue([...prefix, ...zodIssue.path, key], 'is not an accepted field'))
      : [issue([...prefix, ...zodIssue.path], zodIssue.message)]
  );

/** The first issue's message, then how many more: what a 400 body's `message` says. */
export const summarizeIssues = (issues: FieldIssue[]): string =>
  issues.length <= 1 ? issues[0]?.message ?? 'Invalid input' : `${issues[0].message} (and ${issues.length - 1} more)`;
