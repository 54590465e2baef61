import type { Core, UID } from '@strapi/strapi';
import type { StoredRow } from '../domain/stored-row';

type Locale = string | '*';

/** The parameters the plugin gives the Document Service. */
export interface DocumentParams {
  documentId?: string;
  locale?: Locale;
  status?: 'draft' | 'published';
  data?: StoredRow;
  filters?: StoredRow;
  fields?: string[];
  populate?: unknown;
  sort?: unknown;
  start?: number;
  limit?: number;
}

/**
 * The Document Service of a type given by a UID string. Strapi types its parameters per UID of
 * the site's generated registry, which a plugin cannot name at build time; this is that API with
 * the plugin's parameters, behind one cast instead of one at every call.
 */
export interface DocumentsOf {
  findOne(params: DocumentParams & { documentId: string }): Promise<StoredRow | null>;
  findFirst(params: DocumentParams): Promise<StoredRow | null>;
  findMany(params: DocumentParams): Promise<StoredRow[]>;
  count(params: DocumentParams): Promise<number>;
  create(params: DocumentParams & { data: StoredRow }): Promise<StoredRow>;
  update(params: DocumentParams & { documentId: string; data: StoredRow }): Promise<StoredRow | null>;
  publish(params: DocumentParams & { documentId: string }): Promise<unknown>;
  unpublish(params: DocumentParams & { documentId: string }): Promise<unknown>;
  /** Rewrites the components of a stored row and returns the columns that link them. */
  updateComponents(row: StoredRow, data: StoredRow): Promise<StoredRow>;
}

export const documentsOf = (strapi: Core.Strapi, uid: string): DocumentsOf => strapi.documents(uid as UID.ContentType) as unknown as DocumentsOf;
