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
  issues.length <= 1 ? (issues[0]?.message ?? 'Invalid input') : `${issues[0].message} (and ${issues.length - 1} more)`;

// A path at the start of a message ("facts[0].sources[0].url: "), as `issue` and the server's 400s write it.
const LEADING_PATH = /^[A-Za-z_$][\w$]*(?:\.[\w$]+|\[\d+\])*: /;

/** What a form shows next to the field: the rule without the path the field already stands for, as a sentence. */
export const ruleAtField = (message: string): string => {
  const rule = message.replace(LEADING_PATH, '');
  return rule.charAt(0).toUpperCase() + rule.slice(1);
};

/** Issues by field (`facts.0.sources.0.url`), the first rule of each in words to show at that field. */
export const messagesByField = (issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): Record<string, string> => {
  const messages: Record<string, string> = {};
  for (const { path, message } of issues) messages[path.map(String).join('.')] ??= ruleAtField(message);
  return messages;
};
