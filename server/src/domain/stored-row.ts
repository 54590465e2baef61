/**
 * A row or document of a type whose attributes are known only at runtime: a type the site enables,
 * or the plugin's own types, which Strapi's generated registry of a site does not describe at the
 * plugin's build. The one loose type the server works with; everything narrower is typed.
 */
export type StoredRow = Record<string, any>;
