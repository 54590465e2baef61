'use strict';
// The body the Content Manager's edit view sends when an editor opens a document and presses
// Publish, so the benchmark publishes the way an editor does. It follows the admin's
// `transformDocument` (@strapi/content-manager, admin/src/pages/EditView/utils/data.ts) for the
// attribute types the playground's articles have (no dynamic zones, no passwords).

// Fields the form never holds (the admin's DOCUMENT_META_FIELDS).
const META_FIELDS = new Set(['id', 'createdBy', 'updatedBy', 'publishedBy', 'createdAt', 'updatedAt', 'publishedAt']);

/**
 * `value`'s attributes as the form holds them: nulls left out, every relation as "no change"
 * ({ connect: [], disconnect: [] }), components walked with their own schema, each item of a
 * repeatable one keeping its id and given a `__temp_key__` (the admin's fractional keys: a0, a1, …
 * for fewer than ten items).
 */
const formValues = (value, attributes, components) =>
  Object.fromEntries(
    Object.entries(value).flatMap(([key, v]) => {
      const attribute = attributes[key];
      if (v === null && attribute?.type !== 'boolean') return [];
      if (attribute?.type === 'relation') return [[key, { connect: [], disconnect: [] }]];
      if (attribute?.type === 'component') {
        const item = (data) => formValues(data, components[attribute.component].attributes, components);
        return [[key, attribute.repeatable ? v.map((data, i) => ({ ...item(data), __temp_key__: `a${i}` })) : item(v)]];
      }
      return [[key, v]];
    })
  );

/**
 * The Publish body for `document` as the Content Manager's GET returned it; `schema` and
 * `components` (by uid) come from `/content-manager/init`. Keys that are not attributes of the
 * type (locale, status, localizations) are dropped, as the admin drops them.
 */
const editorForm = (document, schema, components) =>
  formValues(Object.fromEntries(Object.entries(document).filter(([key]) => key in schema.attributes && !META_FIELDS.has(key))), schema.attributes, components);

module.exports = { editorForm };
