/**
 * Byline text from ordered credits: "By A, B and C", then a line per other role
 * ("Photos by D", "Translated by E"), in the words of the locale (`byline-phrases.ts`). Pure: used
 * by the bylines route.
 */
import { bylinePhrasesFor, fillPhrase, joinNames, type BylinePhraseOverrides } from './byline-phrases';

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

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Lines in the order roles first appear in the credits, authors always first; each line lists
 * its names in credit order, once each (two withheld authors print the withheld text once).
 */
export const bylineText = (credits: BylineCredit[], locale: string, overrides: BylinePhraseOverrides = {}): Byline => {
  const phrases = bylinePhrasesFor(locale, overrides);
  const byRole = new Map<string, string[]>();
  for (const { role, name } of credits) {
    const names = byRole.get(role) ?? [];
    if (!names.includes(name)) names.push(name);
    byRole.set(role, names);
  }
  const roles = [...byRole.keys()].sort((a, b) => Number(b === 'author') - Number(a === 'author'));
  const lines = roles.map((role) => {
    const names = byRole.get(role)!;
    const phrase = phrases.roles[role];
    // A site's own role without a phrase is named by its key: "Graphics editor: G".
    const text = phrase ? fillPhrase(phrase, names, phrases.list) : `${capitalize(role.replace(/-/g, ' '))}: ${joinNames(names, phrases.list)}`;
    return { role, names, text };
  });
  return { text: lines.map((line) => `${line.text}.`).join(' '), lines };
};
