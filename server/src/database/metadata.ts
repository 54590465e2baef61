import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { titleAttributeOf } from '../domain/entry-title';

/**
 * The plugin's one way to Strapi's database metadata (table, column and join-table names) and to
 * tables by name, for the queries the Document Service cannot express.
 */
export interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  on?: Record<string, string>;
  /** Morph join tables (the upload plugin's `related`). */
  morphColumn?: { idColumn: { name: string }; typeColumn: { name: string } };
}

export interface Model {
  tableName: string;
  attributes: Record<string, { columnName?: string; joinTable?: JoinTable }>;
}

export const model = (strapi: Core.Strapi, uid: string) => strapi.db.metadata.get(uid as UID.Schema) as unknown as Model;

/** The attribute a type's entries are named by in messages and lists (title, headline, name…). */
export const titleAttribute = (strapi: Core.Strapi, uid: string): string | null =>
  titleAttributeOf((strapi.contentType(uid as UID.ContentType) as { attributes: Record<string, { type: string }> }).attributes);

export const joinTableOf = (strapi: Core.Strapi, uid: string, attribute: string): JoinTable => {
  const joinTable = model(strapi, uid).attributes[attribute]?.joinTable;
  if (!joinTable) throw new Error(`${uid}.${attribute} has no join table`);
  return joinTable;
};

export const columnOf = (strapi: Core.Strapi, uid: string, attribute: string): string => {
  const column = model(strapi, uid).attributes[attribute]?.columnName;
  if (!column) throw new Error(`${uid}.${attribute} has no column`);
  return column;
};

/** Column names Strapi gives every component join table (`<collection>_cmps`). */
export const componentJoinColumns = (strapi: Core.Strapi) => ({
  field: strapi.db.metadata.identifiers.FIELD_COLUMN as string,
  type: strapi.db.metadata.identifiers.getMorphColumnTypeName('component') as string,
});

export type Table = (trx: Knex | Knex.Transaction, name: string) => Knex.QueryBuilder;

/** A query on a table by name, in the site's schema on PostgreSQL. */
export const tableOf = (strapi: Core.Strapi): Table => {
  const schema = strapi.db.getSchemaName();
  return (trx, name) => (schema ? trx(name).withSchema(schema) : trx(name));
};

/** A table's name as raw SQL must write it: with the site's schema on PostgreSQL. */
export const qualifiedName = (strapi: Core.Strapi, name: string) => {
  const schema = strapi.db.getSchemaName();
  return schema ? `${schema}.${name}` : name;
};
