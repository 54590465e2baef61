import type { Core, Schema, UID } from '@strapi/strapi';

type I18nOptions = { i18n?: { localized?: boolean } };
import type { StoredRow as Data } from '../../domain/stored-row';

/**
 * Helpers for writes to the plugin's localized types, shared by their write services.
 */
export const localizedDocument = (strapi: Core.Strapi, uid: string) => {
  const attributes = () => strapi.contentType(uid as UID.ContentType).attributes;
  const isShared = (attribute: Schema.Attribute.AnyAttribute) => (attribute.pluginOptions as I18nOptions | undefined)?.i18n?.localized === false;
  // Everything inside a component: its relations, media and nested components.
  const componentPopulate = (componentUid: string): Data =>
    Object.fromEntries(
      Object.entries(strapi.getModel(componentUid as UID.Component).attributes)
        .filter(([, attribute]) => ['relation', 'media', 'component'].includes(attribute.type))
        .map(([name, attribute]) => [name, attribute.type === 'component' ? { populate: componentPopulate(attribute.component) } : true])
    );

  return {
    /** What `findStored` must populate for `fillSharedFields`: the shared media and components. */
    sharedPopulate() {
      return Object.fromEntries(
        Object.entries(attributes())
          .filter(([, attribute]) => isShared(attribute))
          .flatMap(([name, attribute]): [string, Data][] => {
            if (attribute.type === 'media') return [[name, { select: ['id'] }]];
            if (attribute.type === 'component') return [[name, { populate: componentPopulate(attribute.component) }]];
            return [];
          })
      );
    },

    /**
     * The stored draft of a document, in the locale written if it exists, else another locale:
     * what a partial update merges into. `isNewLocale` says the write creates a locale.
     */
    async findStored(documentId: string, requestedLocale: string | undefined, populate: Data) {
      // Without a locale, the Document Service writes the default one.
      const locale = requestedLocale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale());
      const rows = (await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId, publishedAt: null }, populate })) as Data[];
      return {
        stored: rows.find((row) => row.locale === locale) ?? rows[0] ?? null,
        isNewLocale: rows.length > 0 && !rows.some((row) => row.locale === locale),
      };
    },

    /**
     * A new locale of an existing document starts from the fields all locales share; otherwise
     * Strapi's i18n sync would copy the new locale's empty shared fields onto the others.
     */
    fillSharedFields(data: Data, stored: Data) {
      for (const [name, attribute] of Object.entries(attributes())) {
        if (!isShared(attribute) || name in data) continue;
        const value = stored[name];
        if (attribute.type === 'media') data[name] = value ? (value as Data).id : null;
        else if (attribute.type === 'component') data[name] = Array.isArray(value) ? value.map(({ id: _id, ...rest }: Data) => rest) : value;
        else data[name] = value;
      }
    },
  };
};
