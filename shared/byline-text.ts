/**
 * Byline text from ordered credits: "By A, B and C", then a line per other role
 * ("Photos by D", "Translated by E"), in English or Ukrainian. Pure: used by the bylines
 * route and by the admin's preview.
 */

export interface BylineCredit {
  /** The name to print: the reporter's name, or the withheld text for a withheld reporter. */
  name: string;
  role: string;
}

export interface BylineLine {
  role: string;
  names: string[];
  text: string;
}

export interface Byline {
  /** All lines joined: "By A and B. Photos by C." */
  text: string;
  lines: BylineLine[];
}

type Phrase = (names: string, count: number) => string;

const PHRASES: Record<string, { list: string; roles: Record<string, Phrase>; other: (role: string, names: string) => string }> = {
  en: {
    // en-GB lists have no serial comma: "A, B and C".
    list: 'en-GB',
    roles: {
      author: (n) => `By ${n}`,
      contributor: (n) => `Additional reporting by ${n}`,
      photographer: (n) => `Photos by ${n}`,
      editor: (n) => `Edited by ${n}`,
      translator: (n) => `Translated by ${n}`,
      'fact-checker': (n) => `Fact-checked by ${n}`,
    },
    other: (role, n) => `${capitalize(role.replace(/-/g, ' '))}: ${n}`,
  },
  // Ukrainian bylines name the role, then the names in the nominative: "Автори: А і Б".
  uk: {
    list: 'uk',
    roles: {
      author: (n, count) => `${count === 1 ? 'Автор' : 'Автори'}: ${n}`,
      contributor: (n) => `Додаткові матеріали: ${n}`,
      photographer: (n) => `Фото: ${n}`,
      editor: (n) => `Редагування: ${n}`,
      translator: (n) => `Переклад: ${n}`,
      'fact-checker': (n) => `Перевірка фактів: ${n}`,
    },
    other: (role, n) => `${capitalize(role.replace(/-/g, ' '))}: ${n}`,
  },
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const phrasesFor = (locale: string) => PHRASES[locale] ?? PHRASES[locale.split('-')[0]] ?? PHRASES.en;

export const joinNames = (names: string[], locale: string): string =>
  new Intl.ListFormat(phrasesFor(locale).list, { style: 'long', type: 'conjunction' }).format(names);

/**
 * Lines in the order roles first appear in the credits, authors always first; each line lists
 * its names in credit order, once each (two withheld authors print the withheld text once).
 */
export const bylineText = (credits: BylineCredit[], locale: string): Byline => {
  const phrases = phrasesFor(locale);
  const byRole = new Map<string, string[]>();
  for (const { role, name } of credits) {
    const names = byRole.get(role) ?? [];
    if (!names.includes(name)) names.push(name);
    byRole.set(role, names);
  }
  const roles = [...byRole.keys()].sort((a, b) => Number(b === 'author') - Number(a === 'author'));
  const lines = roles.map((role) => {
    const names = byRole.get(role)!;
    const list = joinNames(names, locale);
    const text = phrases.roles[role] ? phrases.roles[role](list, names.length) : phrases.other(role, list);
    return { role, names, text };
  });
  return { text: lines.map((line) => `${line.text}.`).join(' '), lines };
};
