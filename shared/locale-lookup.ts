/** `pt-BR` → `pt` */
export const languageOf = (locale: string): string => locale.split('-')[0];

/**
 * The codes to try, most specific first, for a text kept per locale: `pt-BR` → `pt-BR`, `pt`.
 * A site names its locales `uk` or `uk-UA` as it likes; a text given for the language serves both.
 */
export const localeLookupOrder = (locale: string): string[] => {
  const language = languageOf(locale);
  return language === locale ? [locale] : [locale, language];
};

/** The text for `locale`, else for its language, else `fallback`. */
export const textForLocale = <T>(texts: Record<string, T>, locale: string | null | undefined, fallback: T): T => {
  for (const code of locale ? localeLookupOrder(locale) : []) {
    if (Object.hasOwn(texts, code)) return texts[code];
  }
  return fallback;
};
