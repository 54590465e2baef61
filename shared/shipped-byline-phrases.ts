/**
 * The byline phrases the plugin ships, by language. Written so that no name has to change form:
 * names cannot be declined automatically, so where a preposition would put a name in another case
 * (Ukrainian, Polish, Russian) the phrase is a label followed by the names in the nominative
 * ("Автор: …", "Zdjęcia: …"); where names do not change after a preposition (English, German,
 * French, Spanish, Italian, Portuguese, Arabic script) it reads "By …", "Von …", "بقلم …".
 * A label that names the people ("Autor"/"Autorzy") takes `one`/`other` by the number of names.
 * Lists follow `Intl.ListFormat` where it gives what the language's style books want, which also
 * turns Spanish "y" into "e" before an i- or hi- sound ("Ana e Inés").
 */
import type { BylinePhrases } from './byline-phrases';

export const SHIPPED_BYLINE_PHRASES: Record<string, BylinePhrases> = {
  en: {
    // en-GB lists have no serial comma: "A, B and C".
    list: 'en-GB',
    roles: {
      author: 'By {names}',
      contributor: 'Additional reporting by {names}',
      photographer: 'Photos by {names}',
      editor: 'Edited by {names}',
      translator: 'Translated by {names}',
      'fact-checker': 'Fact-checked by {names}',
    },
  },
  uk: {
    list: 'uk',
    roles: {
      author: { one: 'Автор: {names}', other: 'Автори: {names}' },
      contributor: 'Додаткові матеріали: {names}',
      photographer: 'Фото: {names}',
      editor: 'Редагування: {names}',
      translator: 'Переклад: {names}',
      'fact-checker': 'Перевірка фактів: {names}',
    },
  },
  ru: {
    list: 'ru',
    roles: {
      author: { one: 'Автор: {names}', other: 'Авторы: {names}' },
      contributor: 'Дополнительные материалы: {names}',
      photographer: 'Фото: {names}',
      editor: { one: 'Редактор: {names}', other: 'Редакторы: {names}' },
      translator: 'Перевод: {names}',
      'fact-checker': 'Проверка фактов: {names}',
    },
  },
  pl: {
    list: 'pl',
    roles: {
      // The generic "Autor" of Polish mastheads; a site that wants "Autorka" or "Tekst:" overrides it.
      author: { one: 'Autor: {names}', other: 'Autorzy: {names}' },
      contributor: 'Współpraca: {names}',
      photographer: 'Zdjęcia: {names}',
      editor: 'Redakcja: {names}',
      translator: 'Tłumaczenie: {names}',
      'fact-checker': 'Weryfikacja faktów: {names}',
    },
  },
  de: {
    list: 'de',
    roles: {
      author: 'Von {names}',
      contributor: 'Mitarbeit: {names}',
      photographer: 'Fotos: {names}',
      editor: 'Redaktion: {names}',
      translator: 'Übersetzung: {names}',
      'fact-checker': 'Faktencheck: {names}',
    },
  },
  fr: {
    list: 'fr',
    // French puts a narrow no-break space (U+202F) before a colon, so the colon never starts a line.
    roles: {
      author: 'Par {names}',
      contributor: 'Avec {names}',
      photographer: 'Photos\u202f: {names}',
      editor: 'Édition\u202f: {names}',
      translator: 'Traduction\u202f: {names}',
      'fact-checker': 'Vérification des faits\u202f: {names}',
    },
  },
  es: {
    list: 'es',
    roles: {
      author: 'Por {names}',
      contributor: 'Con información de {names}',
      photographer: 'Fotos: {names}',
      editor: 'Edición: {names}',
      translator: 'Traducción: {names}',
      'fact-checker': 'Verificación de datos: {names}',
    },
  },
  it: {
    list: 'it',
    roles: {
      author: 'Di {names}',
      contributor: { one: 'Ha collaborato {names}', other: 'Hanno collaborato {names}' },
      photographer: 'Foto di {names}',
      editor: 'A cura di {names}',
      translator: 'Traduzione di {names}',
      'fact-checker': 'Verifica dei fatti: {names}',
    },
  },
  pt: {
    // Words common to Brazil and Portugal ("Verificação", not "checagem" or "verificação de factos").
    list: 'pt',
    roles: {
      author: 'Por {names}',
      contributor: { one: 'Colaborou {names}', other: 'Colaboraram {names}' },
      photographer: 'Fotos: {names}',
      editor: 'Edição: {names}',
      translator: 'Tradução: {names}',
      'fact-checker': 'Verificação: {names}',
    },
  },
  ar: {
    // Arabic repeats "و" before every further name, attached to it, and separates full names with the
    // Arabic comma: "أ، وب، وج". Intl.ListFormat's "أ وب وج" is grammatical too, but with names of two
    // or three words it hides where one name ends. Every separator holds an Arabic letter, so a run of
    // Latin-script names still reads right to left, name by name.
    list: { separator: '، و', last: '، و', pair: ' و' },
    roles: {
      author: 'بقلم {names}',
      contributor: 'بمشاركة {names}',
      photographer: 'تصوير: {names}',
      editor: 'تحرير: {names}',
      translator: 'ترجمة: {names}',
      'fact-checker': 'تدقيق الحقائق: {names}',
    },
  },
};
