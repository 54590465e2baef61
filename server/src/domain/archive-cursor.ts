import type { IndexRow } from './credit-index';
import { DOCUMENT_ID_PATTERN } from '../../../shared/document-id';

/**
 * The keyset cursor of a reporter's archive (`?before=`): the sort key of the last entry of the
 * page before, so page 8,000 costs what page 1 does. Opaque to clients (base64url JSON), so its
 * contents can grow without breaking links.
 */
export type ArchiveCursor = Pick<IndexRow, 'dateMs' | 'publishedMs' | 'contentType' | 'documentId'>;

const UID = /^(api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/;

export const encodeCursor = ({ dateMs, publishedMs, contentType, documentId }: ArchiveCursor): string =>
  Buffer.from(JSON.stringify([dateMs, publishedMs, contentType, documentId])).toString('base64url');

/** The cursor in `text`, or null when it is not one this plugin made. */
export const decodeCursor = (text: string): ArchiveCursor | null => {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 4) return null;
  const [dateMs, publishedMs, contentType, documentId] = value;
  if (!Number.isSafeInteger(dateMs) || !Number.isSafeInteger(publishedMs)) return null;
  if (typeof contentType !== 'string' || !UID.test(contentType)) return null;
  if (typeof documentId !== 'string' || !DOCUMENT_ID_PATTERN.test(documentId)) return null;
  return { dateMs, publishedMs, contentType, documentId };
};
