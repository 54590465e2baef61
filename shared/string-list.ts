import { httpUrlProblem, isLanguageTag } from './text-rules';

/** The custom field (`plugin::newsroom.string-list`) that edits a JSON list of strings one entry per line. */
export const STRING_LIST_FIELD = 'string-list';

/** What a list's entries are, from the attribute's `options.entries`: each kind has its own rule. */
export type StringListEntries = 'language' | 'url' | 'text';

/** Why one entry breaks its list's rule (the same rules as the profile validation), or null. */
export const entryProblem = (entries: StringListEntries, value: string): string | null => {
  if (entries === 'language') return isLanguageTag(value) ? null : 'must be a language code such as "en", "uk" or "pt-BR"';
  if (entries === 'url') return httpUrlProblem(value);
  return null;
};

/** The list that is stored: entries trimmed, blank ones left out, null when none is left. */
export const storedList = (rows: string[]): string[] | null => {
  const entries = rows.map((row) => row.trim()).filter(Boolean);
  return entries.length > 0 ? entries : null;
};
