/**
 * Byline phrases of every shipped locale, written out by hand: for each locale, how 1, 2, 3 and 5
 * names are listed, and what every role reads for one name and for several.
 */
import { bylineText } from '../../shared/byline-text';
import { bylinePhrasesFor, joinNames, phraseTemplateProblem } from '../../shared/byline-phrases';
import { SHIPPED_BYLINE_PHRASES } from '../../shared/shipped-byline-phrases';
import { DEFAULT_CREDIT_ROLES } from '../../server/src/config/schema';

interface LocaleCase {
  names: string[];
  /** The names listed: 1, 2, 3 and 5 of them. */
  lists: [string, string, string, string];
  /** Each role's line, with "%s" for the list, for one name and for more. */
  roles: Record<string, [one: string, more: string]>;
}

const NNBSP = '\u202f';

const LOCALES: Record<string, LocaleCase> = {
  en: {
    names: ['Tim Zadorozhnyy', 'Hanna Melnyk', 'Ostap Viter', 'Iryna Bondar', 'Yuliia Koval'],
    lists: [
      'Tim Zadorozhnyy',
      'Tim Zadorozhnyy and Hanna Melnyk',
      'Tim Zadorozhnyy, Hanna Melnyk and Ostap Viter',
      'Tim Zadorozhnyy, Hanna Melnyk, Ostap Viter, Iryna Bondar and Yuliia Koval',
    ],
    roles: {
      author: ['By %s', 'By %s'],
      contributor: ['Additional reporting by %s', 'Additional reporting by %s'],
      photographer: ['Photos by %s', 'Photos by %s'],
      editor: ['Edited by %s', 'Edited by %s'],
      translator: ['Translated by %s', 'Translated by %s'],
      'fact-checker': ['Fact-checked by %s', 'Fact-checked by %s'],
    },
  },
  uk: {
    names: ['Тім Задорожний', 'Ганна Мельник', 'Остап Вітер', 'Ірина Бондар', 'Юлія Коваль'],
    lists: [
      'Тім Задорожний',
      'Тім Задорожний і Ганна Мельник',
      'Тім Задорожний, Ганна Мельник і Остап Вітер',
      'Тім Задорожний, Ганна Мельник, Остап Вітер, Ірина Бондар і Юлія Коваль',
    ],
    roles: {
      author: ['Автор: %s', 'Автори: %s'],
      contributor: ['Додаткові матеріали: %s', 'Додаткові матеріали: %s'],
      photographer: ['Фото: %s', 'Фото: %s'],
      editor: ['Редагування: %s', 'Редагування: %s'],
      translator: ['Переклад: %s', 'Переклад: %s'],
      'fact-checker': ['Перевірка фактів: %s', 'Перевірка фактів: %s'],
    },
  },
  ru: {
    names: ['Анна Петрова', 'Иван Соколов', 'Ольга Смирнова', 'Игорь Волков', 'Елена Орлова'],
    lists: [
      'Анна Петрова',
      'Анна Петрова и Иван Соколов',
      'Анна Петрова, Иван Соколов и Ольга Смирнова',
      'Анна Петрова, Иван Соколов, Ольга Смирнова, Игорь Волков и Елена Орлова',
    ],
    roles: {
      author: ['Автор: %s', 'Авторы: %s'],
      contributor: ['Дополнительные материалы: %s', 'Дополнительные материалы: %s'],
      photographer: ['Фото: %s', 'Фото: %s'],
      editor: ['Редактор: %s', 'Редакторы: %s'],
      translator: ['Перевод: %s', 'Перевод: %s'],
      'fact-checker': ['Проверка фактов: %s', 'Проверка фактов: %s'],
    },
  },
  pl: {
    names: ['Anna Nowak', 'Piotr Wiśniewski', 'Katarzyna Wójcik', 'Ireneusz Lis', 'Jan Kowalski'],
    lists: [
      'Anna Nowak',
      'Anna Nowak i Piotr Wiśniewski',
      'Anna Nowak, Piotr Wiśniewski i Katarzyna Wójcik',
      'Anna Nowak, Piotr Wiśniewski, Katarzyna Wójcik, Ireneusz Lis i Jan Kowalski',
    ],
    roles: {
      author: ['Autor: %s', 'Autorzy: %s'],
      contributor: ['Współpraca: %s', 'Współpraca: %s'],
      photographer: ['Zdjęcia: %s', 'Zdjęcia: %s'],
      editor: ['Redakcja: %s', 'Redakcja: %s'],
      translator: ['Tłumaczenie: %s', 'Tłumaczenie: %s'],
      'fact-checker': ['Weryfikacja faktów: %s', 'Weryfikacja faktów: %s'],
    },
  },
  de: {
    names: ['Anna Schmidt', 'Jonas Müller', 'Lea Weber', 'Emil Becker', 'Ida Wagner'],
    lists: [
      'Anna Schmidt',
      'Anna Schmidt und Jonas Müller',
      'Anna Schmidt, Jonas Müller und Lea Weber',
      'Anna Schmidt, Jonas Müller, Lea Weber, Emil Becker und Ida Wagner',
    ],
    roles: {
      author: ['Von %s', 'Von %s'],
      contributor: ['Mitarbeit: %s', 'Mitarbeit: %s'],
      photographer: ['Fotos: %s', 'Fotos: %s'],
      editor: ['Redaktion: %s', 'Redaktion: %s'],
      translator: ['Übersetzung: %s', 'Übersetzung: %s'],
      'fact-checker': ['Faktencheck: %s', 'Faktencheck: %s'],
    },
  },
  fr: {
    names: ['Camille Martin', 'Hugo Bernard', 'Inès Petit', 'Élodie Durand', 'Yanis Moreau'],
    lists: [
      'Camille Martin',
      'Camille Martin et Hugo Bernard',
      'Camille Martin, Hugo Bernard et Inès Petit',
      'Camille Martin, Hugo Bernard, Inès Petit, Élodie Durand et Yanis Moreau',
    ],
    roles: {
      author: ['Par %s', 'Par %s'],
      contributor: ['Avec %s', 'Avec %s'],
      photographer: [`Photos${NNBSP}: %s`, `Photos${NNBSP}: %s`],
      editor: [`Édition${NNBSP}: %s`, `Édition${NNBSP}: %s`],
      translator: [`Traduction${NNBSP}: %s`, `Traduction${NNBSP}: %s`],
      'fact-checker': [`Vérification des faits${NNBSP}: %s`, `Vérification des faits${NNBSP}: %s`],
    },
  },
  es: {
    // The last name starts with an i- sound: "y" becomes "e".
    names: ['Lucía García', 'Mateo López', 'Sofía Ruiz', 'Pablo Díaz', 'Inés Romero'],
    lists: [
      'Lucía García',
      'Lucía García y Mateo López',
      'Lucía García, Mateo López y Sofía Ruiz',
      'Lucía García, Mateo López, Sofía Ruiz, Pablo Díaz e Inés Romero',
    ],
    roles: {
      author: ['Por %s', 'Por %s'],
      contributor: ['Con información de %s', 'Con información de %s'],
      photographer: ['Fotos: %s', 'Fotos: %s'],
      editor: ['Edición: %s', 'Edición: %s'],
      translator: ['Traducción: %s', 'Traducción: %s'],
      'fact-checker': ['Verificación de datos: %s', 'Verificación de datos: %s'],
    },
  },
  it: {
    names: ['Giulia Rossi', 'Marco Bianchi', 'Chiara Romano', 'Luca Colombo', 'Sara Ricci'],
    lists: [
      'Giulia Rossi',
      'Giulia Rossi e Marco Bianchi',
      'Giulia Rossi, Marco Bianchi e Chiara Romano',
      'Giulia Rossi, Marco Bianchi, Chiara Romano, Luca Colombo e Sara Ricci',
    ],
    roles: {
      author: ['Di %s', 'Di %s'],
      contributor: ['Ha collaborato %s', 'Hanno collaborato %s'],
      photographer: ['Foto di %s', 'Foto di %s'],
      editor: ['A cura di %s', 'A cura di %s'],
      translator: ['Traduzione di %s', 'Traduzione di %s'],
      'fact-checker': ['Verifica dei fatti: %s', 'Verifica dei fatti: %s'],
    },
  },
  pt: {
    names: ['Ana Souza', 'João Silva', 'Mariana Costa', 'Pedro Santos', 'Beatriz Lima'],
    lists: [
      'Ana Souza',
      'Ana Souza e João Silva',
      'Ana Souza, João Silva e Mariana Costa',
      'Ana Souza, João Silva, Mariana Costa, Pedro Santos e Beatriz Lima',
    ],
    roles: {
      author: ['Por %s', 'Por %s'],
      contributor: ['Colaborou %s', 'Colaboraram %s'],
      photographer: ['Fotos: %s', 'Fotos: %s'],
      editor: ['Edição: %s', 'Edição: %s'],
      translator: ['Tradução: %s', 'Tradução: %s'],
      'fact-checker': ['Verificação: %s', 'Verificação: %s'],
    },
  },
  ar: {
    names: ['أحمد حسن', 'سارة علي', 'عمر خالد', 'ليلى يوسف', 'Tim Zadorozhnyy'],
    lists: ['أحمد حسن', 'أحمد حسن وسارة علي', 'أحمد حسن، وسارة علي، وعمر خالد', 'أحمد حسن، وسارة علي، وعمر خالد، وليلى يوسف، وTim Zadorozhnyy'],
    roles: {
      author: ['بقلم %s', 'بقلم %s'],
      contributor: ['بمشاركة %s', 'بمشاركة %s'],
      photographer: ['تصوير: %s', 'تصوير: %s'],
      editor: ['تحرير: %s', 'تحرير: %s'],
      translator: ['ترجمة: %s', 'ترجمة: %s'],
      'fact-checker': ['تدقيق الحقائق: %s', 'تدقيق الحقائق: %s'],
    },
  },
};

const COUNTS = [1, 2, 3, 5] as const;
const credited = (role: string, names: string[]) => names.map((name) => ({ name, role }));

describe('byline phrases', () => {
  it('are tested here for every shipped locale and every default role', () => {
    expect(Object.keys(LOCALES).sort()).toEqual(Object.keys(SHIPPED_BYLINE_PHRASES).sort());
    for (const { roles } of Object.values(LOCALES)) expect(Object.keys(roles).sort()).toEqual([...DEFAULT_CREDIT_ROLES].sort());
  });

  describe.each(Object.entries(LOCALES))('%s', (locale, { names, lists, roles }) => {
    const cases = Object.keys(roles).flatMap((role) => COUNTS.map((count, i) => [role, count, i] as const));
    it.each(cases)('%s, %d name(s)', (role, count, i) => {
      const expected = roles[role][count === 1 ? 0 : 1].replace('%s', lists[i]);
      const byline = bylineText(credited(role, names.slice(0, count)), locale);
      expect(byline.lines).toEqual([{ role, names: names.slice(0, count), text: expected }]);
      expect(byline.text).toBe(`${expected}.`);
    });

    it('writes mixed roles with the authors first, then the others in credit order', () => {
      const credits = [
        ...credited('photographer', names.slice(4, 5)),
        ...credited('author', names.slice(0, 2)),
        ...credited('translator', names.slice(2, 3)),
        ...credited('author', names.slice(3, 4)),
        ...credited('contributor', names.slice(0, 1)),
      ];
      const line = (role: string, count: number, list: string) => roles[role][count === 1 ? 0 : 1].replace('%s', list);
      // Authors 0, 1 and 3: the three-name list with the fourth name in place of the third.
      const authors = lists[2].replace(names[2], names[3]);
      expect(bylineText(credits, locale).text).toBe(
        [line('author', 3, authors), line('photographer', 1, names[4]), line('translator', 1, names[2]), line('contributor', 1, names[0])]
          .map((l) => `${l}.`)
          .join(' ')
      );
    });

    it('serves a regional variant of the language', () => {
      expect(bylineText(credited('author', names.slice(0, 2)), `${locale}-XX`).lines[0].text).toBe(roles.author[1].replace('%s', lists[1]));
    });
  });

  it('turns Spanish "y" into "e" before an i- or hi- sound only', () => {
    expect(joinNames(['Ana', 'Hilda'], 'es')).toBe('Ana e Hilda');
    expect(joinNames(['Ana', 'Ignacio'], 'es')).toBe('Ana e Ignacio');
    expect(joinNames(['Ana', 'Hierro'], 'es')).toBe('Ana y Hierro');
    expect(joinNames(['Ana', 'Olga'], 'es')).toBe('Ana y Olga');
  });

  it('keeps Arabic bylines readable right to left: a strong Arabic letter between any two names', () => {
    const latin = ['Tim Zadorozhnyy', 'Hanna Melnyk', 'Ostap Viter'];
    const { text } = bylineText([...credited('author', latin), ...credited('photographer', latin.slice(0, 2))], 'ar');
    expect(text).toBe('بقلم Tim Zadorozhnyy، وHanna Melnyk، وOstap Viter. تصوير: Tim Zadorozhnyy وHanna Melnyk.');
    // Two names with only neutral characters (spaces, commas, full stops) between them would be laid
    // out left to right as one Latin run, the second name read first.
    const marked = latin.reduce((out, name) => out.replaceAll(name, 'N'), text);
    expect(marked).not.toMatch(/N[^\u0600-\u06ff]*N/);
    // It starts with an Arabic letter, so `dir="auto"` lays it out right to left.
    expect(text).toMatch(/^[\u0600-\u06ff]/);
  });

  it('uses the narrow no-break space before a French colon, never a plain space', () => {
    for (const phrase of Object.values(SHIPPED_BYLINE_PHRASES.fr.roles)) expect(phrase).not.toMatch(/ :/);
  });

  it('prints a name holding "$&" or "{names}" as written', () => {
    expect(bylineText(credited('author', ['A$&B', '{names}']), 'uk').lines[0].text).toBe('Автори: A$&B і {names}');
  });
});

describe('site overrides of byline phrases', () => {
  it('replace one phrase of one locale and keep the rest', () => {
    const overrides = { fr: { roles: { author: `Texte${NNBSP}: {names}` } } };
    const byline = bylineText([...credited('author', ['A', 'B']), ...credited('photographer', ['C'])], 'fr', overrides);
    expect(byline.text).toBe(`Texte${NNBSP}: A et B. Photos${NNBSP}: C.`);
    expect(bylineText(credited('author', ['A']), 'de', overrides).text).toBe('Von A.');
  });

  it('apply to a regional variant over its language, and the variant’s own over both', () => {
    const overrides = { pt: { roles: { photographer: 'Fotografia: {names}' } }, 'pt-BR': { roles: { 'fact-checker': 'Checagem: {names}' } } };
    const credits = [...credited('photographer', ['A']), ...credited('fact-checker', ['B'])];
    expect(bylineText(credits, 'pt-BR', overrides).text).toBe('Fotografia: A. Checagem: B.');
    expect(bylineText(credits, 'pt-PT', overrides).text).toBe('Fotografia: A. Verificação: B.');
  });

  it('take { one, other } by the number of names, and a list rule of separators', () => {
    const overrides = { en: { list: { separator: ' / ', last: ' / ' }, roles: { author: { one: 'Writer: {names}', other: 'Writers: {names}' } } } };
    expect(bylineText(credited('author', ['A']), 'en', overrides).text).toBe('Writer: A.');
    expect(bylineText(credited('author', ['A', 'B', 'C']), 'en', overrides).text).toBe('Writers: A / B / C.');
  });

  it('add a language, listed by Intl.ListFormat unless told otherwise', () => {
    const nl = {
      author: 'Door {names}',
      contributor: 'Met medewerking van {names}',
      photographer: "Foto's: {names}",
      editor: 'Redactie: {names}',
      translator: 'Vertaling: {names}',
      'fact-checker': 'Factcheck: {names}',
    };
    expect(bylineText(credited('author', ['A', 'B', 'C']), 'nl-BE', { nl: { roles: nl } }).text).toBe('Door A, B en C.');
  });

  it('of English reach every locale that has no phrases', () => {
    const overrides = { en: { roles: { author: 'Words by {names}' } } };
    expect(bylineText(credited('author', ['A', 'B']), 'ja', overrides).text).toBe('Words by A and B.');
    expect(bylinePhrasesFor('ja').roles.author).toBe('By {names}');
  });
});

describe('phrase templates', () => {
  it.each([
    ['By {names}', null],
    ['{names} reported', null],
    ['By {name}', 'has an unknown placeholder "{name}" (the only one is "{names}")'],
    ['By {names} and {role}', 'has an unknown placeholder "{role}"'],
    ['By', 'must contain "{names}" exactly once'],
    ['{names} and {names}', 'must contain "{names}" exactly once'],
  ])('%j', (template, problem) => {
    if (problem === null) expect(phraseTemplateProblem(template)).toBeNull();
    else expect(phraseTemplateProblem(template)).toContain(problem);
  });
});
