import { createHash } from 'crypto';

/** A strong ETag: a hash of the exact bytes sent, so equal tags mean equal documents. */
export const strongEtag = (body: string) => `"${createHash('sha256').update(body).digest('base64url')}"`;

/** A document's gzip form, kept with it, and that form's own strong ETag (each encoding is its own representation). */
export interface Gzipped {
  body: Buffer;
  etag: string;
}
