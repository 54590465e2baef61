import slugify from '@sindresorhus/slugify';
import { latinName, nameSearchNeedles, searchKey } from '../../../shared/name-search';

/**
 * The slug a reporter's name gives, in ASCII ("Тарас Шевченко" → "taras-shevchenko"). Cyrillic goes
 * through the same national tables as name search (slugify's own table spells "Задорожний"
 * "zadorozhnij", which no Ukrainian writes); slugify handles every other script.
 */
export const slugFromName = (fullName: string): string => slugify(latinName(fullName)).slice(0, 100).replace(/-+$/, '') || 'reporter';

/** `base`, or `base-2`, `base-3`… whichever `isTaken` says is free. */
export const firstFreeSlug = async (base: string, isTaken: (candidate: string) => Promise<boolean>): Promise<string> => {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
};

/** The filter a reporter search by name runs: any of the query's folded forms in the stored key (shared/name-search). */
export const nameSearchFilter = (text: string) => {
  const needles = nameSearchNeedles(text);
  return needles.length ? { $or: needles.map((needle) => ({ searchName: { $contains: needle } })) } : {};
};

/** Filterable facets of a profile, `|beat:…|lang:…|`, so filters run in SQL on every database. */
export const profileFacets = (profile: { beats?: unknown; languages?: unknown }): string => {
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const parts = [
    ...list(profile.beats).map((beat) => `beat:${searchKey(beat)}`),
    ...list(profile.languages).map((language) => `lang:${language.toLowerCase()}`),
  ];
  return parts.length ? `|${parts.join('|')}|` : '';
};

export const facetNeedle = (kind: 'beat' | 'lang', value: string) => `|${kind}:${kind === 'beat' ? searchKey(value) : value.toLowerCase()}|`;
