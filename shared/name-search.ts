/**
 * How reporter names are folded for search and for telling two profiles of one person apart,
 * on the server (the stored `searchName` and the search query) and in the admin (the duplicate
 * warning). A bilingual newsroom types a name in either script: "Кова" must find "Andriy
 * Kovalchuk" and "Andriy Kov" must find "Андрій Ковальчук".
 *
 * The stored key is `folded|latin…`: the name case- and accent-folded as written, then its
 * script-neutral Latin forms (`latinForms`). A query is folded the same ways and matches when any
 * of its forms is a substring of the key, so a plain `LIKE '%…%'` on the indexed column serves it.
 */

/** Case- and accent-folded text (SQLite's LOWER() only folds ASCII). */
export const searchKey = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

// The Ukrainian national transliteration (Cabinet of Ministers resolution 55 of 2010), with the
// medial forms of є, ї, й, ю, я: the Latin skeleton below makes "ye" and "ie" one anyway. Letters
// only Russian has are taken from the Russian table. @sindresorhus/transliterate (under slugify)
// has one GOST-like table (х → h, ц → cz, й → j), which is neither of the two spellings names are
// written in, so both tables are here.
const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  і: 'i',
  ї: 'i',
  є: 'ie',
  ґ: 'g',
  ё: 'yo',
  ы: 'y',
  э: 'e',
  ъ: '',
};
/** Ukrainian: г is h, и is y ("Григорій" → "Hryhorii"). */
const UKRAINIAN: Record<string, string> = { ...COMMON, г: 'h', и: 'y', й: 'i' };
/** Russian, as English-language news spells it (BGN/PCGN): г is g, и is i ("Григорий" → "Grigoriy"). */
const RUSSIAN: Record<string, string> = { ...COMMON, г: 'g', и: 'i', й: 'y' };

const APOSTROPHES = /['’ʼ`ʻ]/g;

const transliterate = (text: string, table: Record<string, string>) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (letter) => table[letter] ?? letter);

// The national standard writes зг as "zgh", so that it does not read as ж.
const ukrainian = (text: string) => transliterate(text.normalize('NFC').toLowerCase().replace(/зг/g, 'zgh'), UKRAINIAN);
const russian = (text: string) => transliterate(text, RUSSIAN);

const RUSSIAN_ONLY = /[ыэёъ]/i;

/**
 * A name in Latin letters, for slugs: Cyrillic by the Ukrainian national table ("Задорожний" →
 * "zadorozhnyi"), or by the Russian one when the name has letters only Russian writes; any other
 * script is left to the caller's transliterator.
 */
export const latinName = (text: string): string => (RUSSIAN_ONLY.test(text) ? russian(text) : ukrainian(text));

/**
 * Latin text reduced to what survives the usual ways of spelling one name: "Andriy", "Andrii" and
 * "Andrij" are one; so are "Zelensky" and "Zelenskyy", "Kharkiv" and "Harkiv", "Oleksandr" and
 * "Olexandr". Loose on purpose: it finds, and the editor chooses.
 */
const latinSkeleton = (latin: string): string =>
  searchKey(latin.replace(/\|/g, ' '))
    .replace(APOSTROPHES, '')
    .replace(/x/g, 'ks')
    .replace(/shch|shh|sch/g, 'sch')
    .replace(/kh/g, 'h')
    .replace(/ts|tz|cz/g, 'c')
    .replace(/[ijy]+/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** The script-neutral forms of a name or query: its Ukrainian and its Russian reading, once each when they agree. */
export const latinForms = (text: string): string[] => [...new Set([latinSkeleton(ukrainian(text)), latinSkeleton(russian(text))])].filter(Boolean);

const KEY_LENGTH = 255;

/** The stored search key of a reporter's name (`searchName`): the folded name, then its Latin forms. */
export const nameSearchKey = (fullName: string): string => [searchKey(fullName.replace(/\|/g, ' ')), ...latinForms(fullName)].join('|').slice(0, KEY_LENGTH);

/** The needles a search for `text` looks for in stored keys: any one found is a match. */
export const nameSearchNeedles = (text: string): string[] => [...new Set([searchKey(text.replace(/\|/g, ' ')), ...latinForms(text)])].filter(Boolean);

/** Whether a search for `query` finds `fullName`: what the database's LIKE on the stored key answers, in memory. */
export const nameMatches = (query: string, fullName: string): boolean => {
  const key = nameSearchKey(fullName);
  return nameSearchNeedles(query).some((needle) => key.includes(needle));
};

/** Whether two names are, folded, the same name in either script ("Andriy Kovalchuk" and "Андрій Ковальчук"). */
export const isSameName = (a: string, b: string): boolean => {
  const forms = new Set(latinForms(a));
  return latinForms(b).some((form) => forms.has(form));
};
