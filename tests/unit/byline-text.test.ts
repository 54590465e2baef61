import { bylineText } from '../../shared/byline-text';

const authors = (...names: string[]) => names.map((name) => ({ name, role: 'author' }));

describe('byline text', () => {
  it.each([
    [['Tim Zadorozhnyy'], 'By Tim Zadorozhnyy'],
    [['A', 'B'], 'By A and B'],
    [['A', 'B', 'C'], 'By A, B and C'],
    [['A', 'B', 'C', 'D'], 'By A, B, C and D'],
  ])('English, %j authors', (names, expected) => {
    const byline = bylineText(authors(...names), 'en');
    expect(byline.lines).toEqual([{ role: 'author', names, text: expected }]);
    expect(byline.text).toBe(`${expected}.`);
  });

  it.each([
    [['Тім Задорожний'], 'Автор: Тім Задорожний'],
    [['А', 'Б'], 'Автори: А і Б'],
    [['А', 'Б', 'В'], 'Автори: А, Б і В'],
    [['А', 'Б', 'В', 'Г'], 'Автори: А, Б, В і Г'],
  ])('Ukrainian, %j authors', (names, expected) => {
    expect(bylineText(authors(...names), 'uk').lines[0].text).toBe(expected);
  });

  it('puts authors first, then the other roles in the order they were credited', () => {
    const credits = [
      { name: 'Photo Person', role: 'photographer' },
      { name: 'A', role: 'author' },
      { name: 'Trans Person', role: 'translator' },
      { name: 'B', role: 'author' },
      { name: 'Ed', role: 'editor' },
      { name: 'Checker', role: 'fact-checker' },
      { name: 'Helper', role: 'contributor' },
    ];
    expect(bylineText(credits, 'en').text).toBe(
      'By A and B. Photos by Photo Person. Translated by Trans Person. Edited by Ed. Fact-checked by Checker. Additional reporting by Helper.'
    );
    expect(bylineText(credits, 'uk').text).toBe(
      'Автори: A і B. Фото: Photo Person. Переклад: Trans Person. Редагування: Ed. Перевірка фактів: Checker. Додаткові матеріали: Helper.'
    );
  });

  it('lets one person hold two roles', () => {
    const credits = [
      { name: 'Hanna Melnyk', role: 'author' },
      { name: 'Hanna Melnyk', role: 'photographer' },
    ];
    expect(bylineText(credits, 'en').text).toBe('By Hanna Melnyk. Photos by Hanna Melnyk.');
  });

  it('prints the withheld text once however many withheld authors there are', () => {
    const credits = [...authors('Staff reporter', 'Staff reporter'), { name: 'Named Person', role: 'author' }];
    expect(bylineText(credits, 'en').lines[0].text).toBe('By Staff reporter and Named Person');
    expect(bylineText(authors('Штатний кореспондент'), 'uk').lines[0].text).toBe('Автор: Штатний кореспондент');
  });

  it('prints a pseudonym as written', () => {
    expect(bylineText(authors('Ostap Viter'), 'en').text).toBe('By Ostap Viter.');
  });

  it('names a site-specific role from its key', () => {
    expect(bylineText([{ name: 'G', role: 'graphics-editor' }], 'en').text).toBe('Graphics editor: G.');
  });

  it('falls back to English for a locale it has no phrases for, and to the base language', () => {
    expect(bylineText(authors('A', 'B'), 'ja').lines[0].text).toBe('By A and B');
    expect(bylineText(authors('А', 'Б'), 'uk-UA').lines[0].text).toBe('Автори: А і Б');
  });

  it('is empty without credits', () => {
    expect(bylineText([], 'en')).toEqual({ text: '', lines: [] });
  });
});
