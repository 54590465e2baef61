/**
 * The words around the names in a byline, per locale: a phrase per credit role ("By {names}",
 * "Photos: {names}") and the rule that joins names into a list ("A, B and C"). The plugin ships
 * phrases for several languages (`shipped-byline-phrases.ts`); a site overrides any of them, or adds
 * a language, with the `bylinePhrases` config key. Pure: shared by the server and the admin.
 */
import { localeLookupOrder } from './locale-lookup';
import { SHIPPED_BYLINE_PHRASES } from './shipped-byline-phrases';

/** Where the joined names go in a phrase; a phrase holds it exactly once and no other placeholder. */
export const NAMES_PLACEHOLDER = '{names}';

/** One phrase for any number of names, or a phrase for one name and one for more ("Autor:", "Autorzy:"). */
export type RolePhrase = string | { one: string; other: string };

/**
 * How names are joined: a locale whose `Intl.ListFormat` gives the right list, or the separators
 * to put between names (`pair` between exactly two, else `last`; `separator` between the others).
 */
export type ListRule = string | { separator: string; last: string; pair?: string };

export interface BylinePhrases {
  list: ListRule;
  roles: Record<string, RolePhrase>;
}

/** What a site configures per locale code: any part of a locale's phrases. */
export type BylinePhraseOverrides = Record<string, { list?: ListRule; roles?: Record<string, RolePhrase> }>;

/** Whether the plugin ships phrases for the language of `locale`. */
export const shipsLanguageOf = (locale: string): boolean => localeLookupOrder(locale).some((code) => Object.hasOwn(SHIPPED_BYLINE_PHRASES, code));

/**
 * The phrases for `locale` from the shipped ones and the site's overrides, without falling back to
 * English: the language's, then the locale's own, each shipped then configured, later ones winning
 * phrase by phrase. `null` when neither the plugin nor the site has anything for the language.
 */
export const ownBylinePhrases = (locale: string, overrides: BylinePhraseOverrides): BylinePhrases | null => {
  const codes = localeLookupOrder(locale).reverse();
  const layers = codes.flatMap((code) => [SHIPPED_BYLINE_PHRASES[code], overrides[code]]).filter((layer) => layer !== undefined);
  if (layers.length === 0) return null;
  // A language the plugin does not ship lists names as Intl.ListFormat does for it, unless told otherwise.
  const initial: BylinePhrases = { list: codes.find((code) => Object.hasOwn(overrides, code)) ?? locale, roles: {} };
  return layers.reduce<BylinePhrases>((merged, layer) => ({ list: layer.list ?? merged.list, roles: { ...merged.roles, ...layer.roles } }), initial);
};

/** The phrases a byline in `locale` is written with: its own, else English. */
export const bylinePhrasesFor = (locale: string, overrides: BylinePhraseOverrides = {}): BylinePhrases =>
  ownBylinePhrases(locale, overrides) ?? ownBylinePhrases('en', overrides)!;

const listFormats = new Map<string, Intl.ListFormat>();
const listFormat = (locale: string) => {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format;
};

export const joinNames = (names: string[], rule: ListRule): string => {
  if (typeof rule === 'string') return listFormat(rule).format(names);
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return names.join(rule.pair ?? rule.last);
  return `${names.slice(0, -1).join(rule.separator)}${rule.last}${names[names.length - 1]}`;
};

/** A role's phrase with the names in it. */
export const fillPhrase = (phrase: RolePhrase, names: string[], rule: ListRule): string => {
  const template = typeof phrase === 'string' ? phrase : names.length === 1 ? phrase.one : phrase.other;
  // A function, so that a "$&" in a name is printed, not read as a replacement pattern.
  return template.replace(NAMES_PLACEHOLDER, () => joinNames(names, rule));
};

/** What is wrong with a phrase template, or null. */
export const phraseTemplateProblem = (template: string): string | null => {
  const unknown = (template.match(/\{[^{}]*\}/g) ?? []).find((placeholder) => placeholder !== NAMES_PLACEHOLDER);
  if (unknown) return `has an unknown placeholder "${unknown}" (the only one is "${NAMES_PLACEHOLDER}")`;
  if (template.split(NAMES_PLACEHOLDER).length !== 2) return `must contain "${NAMES_PLACEHOLDER}" exactly once`;
  return null;
};

/** Whether `Intl.ListFormat` of this runtime has lists for `locale` (a list rule given as a locale). */
export const hasIntlList = (locale: string): boolean => {
  try {
    return Intl.ListFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false; // not a well-formed language tag
  }
};
