/**
 * Seeded random text for property-style unit tests: the same seed gives the same cases, so a
 * failure can be replayed. Draws from XML/URL specials, Cyrillic, diacritics and astral characters.
 */
const ALPHABET = [...'abcXYZ019 -_.~/?#&<>"\'=%;:,|!@*()[]{}\\\t\nяїєґЄІшщÉéñøßłżüç漢字🙂\u00a0\u0301'];

export const seededRandom = (seed: number) => () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export const randomStrings = (count: number, seed = 17, maxLength = 40): string[] => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(random() * (maxLength + 1)) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('')
  );
};
