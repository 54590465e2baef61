import { createHash } from 'crypto';

/** A strong ETag: a hash of the exact bytes sent, so equal tags mean equal documents. */
export const strongEtag = (body: string) => `"${createHash('sha256').update(body).digest('base64url')}"`;
