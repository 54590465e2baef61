import { entryProblem, storedList } from '../../shared/string-list';

describe('the string-list field', () => {
  it('stores entries trimmed, without blank ones, and null for none', () => {
    expect(storedList([' en ', '', 'uk', '   '])).toEqual(['en', 'uk']);
    expect(storedList(['', ' '])).toBeNull();
    expect(storedList([])).toBeNull();
  });

  it.each([
    ['language', 'pt-BR', null],
    ['language', 'en_GB', 'must be a language code such as "en", "uk" or "pt-BR"'],
    ['url', 'https://www.wikidata.org/wiki/Q1', null],
    ['url', 'wikidata.org/wiki/Q1', 'must be an http(s) URL'],
    ['url', 'https://user:pw@example.org', 'must not contain a user name or password'],
    ['text', 'anything at all', null],
  ] as const)('a %s entry "%s": %s', (entries, value, problem) => {
    expect(entryProblem(entries, value)).toBe(problem);
  });
});
