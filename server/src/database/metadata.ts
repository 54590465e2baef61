import type { Core, UID } from '@strapi/strapi';

/** The parts of Strapi's database metadata this module reads (table, column and join-table names). */
export interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  on?: Record<string, string>;
}

export interface Model {
  tableName: string;
  attributes: Record<string, { columnName?: string; joinTable?: JoinTable }>;
}

export const model = (strapi: Core.Strapi, uid: string) => strapi.db.metadata.get(uid as UID.Schema) as unknown as Model;

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
