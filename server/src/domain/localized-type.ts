/**
 * Whether a content type has locales. Strapi 5 gives every type a `locale` column, localized or
 * not, so the i18n option is the only answer.
 */
export const isLocalizedType = (contentType: unknown): boolean =>
  (contentType as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined)?.pluginOptions?.i18n?.localized === true;
