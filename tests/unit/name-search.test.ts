import { isSameName, latinForms, nameMatches as finds, nameSearchKey, searchKey } from '../../shared/name-search';

// Every letter of the Ukrainian alphabet with its national transliteration (2010), medial and initial forms.
const UKRAINIAN: [string, string, string][] = [
  ['а', 'a', 'a'],
  ['б', 'b', 'b'],
  ['в', 'v', 'v'],
  ['г', 'h', 'h'],
  ['ґ', 'g', 'g'],
  ['д', 'd', 'd'],
  ['е', 'e', 'e'],
  ['є', 'ie', 'ye'],
  ['ж', 'zh', 'zh'],
  ['з', 'z', 'z'],
  ['и', 'y', 'y'],
  ['і', 'i', 'i'],
  ['ї', 'i', 'yi'],
  ['й', 'i', 'y'],
  ['к', 'k', 'k'],
  ['л', 'l', 'l'],
  ['м', 'm', 'm'],
  ['н', 'n', 'n'],
  ['о', 'o', 'o'],
  ['п', 'p', 'p'],
  ['р', 'r', 'r'],
  ['с', 's', 's'],
  ['т', 't', 't'],
  ['у', 'u', 'u'],
  ['ф', 'f', 'f'],
  ['х', 'kh', 'kh'],
  ['ц', 'ts', 'ts'],
  ['ч', 'ch', 'ch'],
  ['ш', 'sh', 'sh'],
  ['щ', 'shch', 'shch'],
  ['ь', '', ''],
  ['ю', 'iu', 'yu'],
  ['я', 'ia', 'ya'],
];
// Every letter of the Russian alphabet as English-language news spells names (BGN/PCGN).
const RUSSIAN: [string, string][] = [
  ['а', 'a'],
  ['б', 'b'],
  ['в', 'v'],
  ['г', 'g'],
  ['д', 'd'],
  ['е', 'e'],
  ['ё', 'yo'],
  ['ж', 'zh'],
  ['з', 'z'],
  ['и', 'i'],
  ['й', 'y'],
  ['к', 'k'],
  ['л', 'l'],
  ['м', 'm'],
  ['н', 'n'],
  ['о', 'o'],
  ['п', 'p'],
  ['р', 'r'],
  ['с', 's'],
  ['т', 't'],
  ['у', 'u'],
  ['ф', 'f'],
  ['х', 'kh'],
  ['ц', 'ts'],
  ['ч', 'ch'],
  ['ш', 'sh'],
  ['щ', 'shch'],
  ['ъ', ''],
  ['ы', 'y'],
  ['ь', ''],
  ['э', 'e'],
  ['ю', 'yu'],
  ['я', 'ya'],
];

describe('reporter names folded for search in either script', () => {
  describe.each(UKRAINIAN)('Ukrainian %s', (letter, medial, initial) => {
    const cyrillic = `Бо${letter}ан`;
    const latin = `Bo${medial}an`;
    it(`"${cyrillic}" and "${latin}" find each other`, () => {
      expect(finds(cyrillic, latin)).toBe(true);
      expect(finds(latin, cyrillic)).toBe(true);
      expect(isSameName(cyrillic, latin)).toBe(true);
    });
    it(`capital ${letter.toUpperCase()} at the start reads "${initial}"`, () => {
      const word = `${letter.toUpperCase()}ан`;
      expect(finds(`${initial}an`, word)).toBe(true);
      expect(finds(word, `${initial[0]?.toUpperCase() ?? ''}${initial.slice(1)}an`)).toBe(true);
    });
  });

  describe.each(RUSSIAN)('Russian %s', (letter, latin) => {
    const cyrillic = `Бо${letter}ан`;
    it(`"${cyrillic}" and "Bo${latin}an" find each other`, () => {
      expect(finds(cyrillic, `Bo${latin}an`)).toBe(true);
      expect(finds(`Bo${latin}an`, cyrillic)).toBe(true);
      expect(finds(cyrillic.toUpperCase(), `BO${latin.toUpperCase()}AN`)).toBe(true);
    });
  });

  it.each([
    ['Кова', 'Andriy Kovalchuk'],
    ['Andriy Kov', 'Андрій Ковальчук'],
    ['Andrii Kovalchuk', 'Андрій Ковальчук'],
    ['андрій', 'Andrij Kowalczuk'.replace('w', 'v').replace('cz', 'ch')],
    ['Zelensky', 'Володимир Зеленський'],
    ['Zelenskyy', 'Володимир Зеленський'],
    ['Зеленський', 'Volodymyr Zelenskyi'],
    ['Kyiv', 'Київ'],
    ['Kharkiv', 'Харків'],
    ['Olexandr', 'Олександр'],
    ['Zghurskyi', 'Згурський'],
    ["Mar'iana", 'Мар’яна Ільїна'],
    ['Maryana', "Мар'яна"],
    ['Марʼяна', 'Mariana'],
    ['Yevhenii', 'Євгеній'],
    ['Ґалаґан', 'Galagan'],
    ['Yulia Yermolenko', 'Юлія Єрмоленко'],
    ['Fyodor', 'Фёдор'],
    ['Федор', 'Фёдор'],
    ['Grigoriy', 'Григорий'],
    ['Hryhorii', 'Григорій'],
    ['Vyacheslav', 'Вячеслав'],
    ['Kryukov', 'Крюков'],
    ['Bykov', 'Быков'],
    ['Ernst', 'Эрнст'],
    ['Podyachev', 'Подъячев'],
    ['José', 'Jose Ramirez'],
  ])('%j finds %j', (query, name) => expect(finds(query, name)).toBe(true));

  it.each([
    ['Kovalenko', 'Андрій Ковальчук'],
    ['Петро', 'Andriy Kovalchuk'],
    ['Olena', 'Олег'],
  ])('%j does not find %j', (query, name) => expect(finds(query, name)).toBe(false));

  it('keeps the folded name first, so keys sort by the name as written', () => {
    expect(nameSearchKey('Андрій Ковальчук')).toBe('андріи ковальчук|andri kovalchuk');
    expect(nameSearchKey('Andriy  KOVALCHUK')).toBe('andriy kovalchuk|andri kovalchuk');
    expect(latinForms('Григорій')).toEqual(['hrihori', 'grigori']);
  });

  it('never lets a name break the key apart', () => {
    expect(nameSearchKey('A | B')).toBe('a b|a b');
    expect(nameSearchKey('Щ'.repeat(120)).length).toBeLessThanOrEqual(255);
  });

  it('tells the same name in either script apart from a different one', () => {
    expect(isSameName('Andriy Kovalchuk', 'Андрій Ковальчук')).toBe(true);
    expect(isSameName('andriy kovalchuk', 'Andriy Kovalchuk')).toBe(true);
    expect(isSameName('Andriy Kovalchuk', 'Andriy Kovalenko')).toBe(false);
    expect(isSameName('Andriy', 'Andriy Kovalchuk')).toBe(false);
  });

  it('folds case and accents as before', () => {
    expect(searchKey('  Éva   NÉMETH ')).toBe('eva nemeth');
    expect(latinForms('')).toEqual([]);
  });
});
