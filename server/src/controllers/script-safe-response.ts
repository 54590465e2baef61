import { toScriptSafeJson } from '../domain/script-safe-json';

/**
 * Answers with JSON that a frontend may paste into `<script type="application/ld+json">` as is.
 * The type stays application/json: the body is the API's `{ data, meta }` envelope around the
 * JSON-LD (with credits or facts beside it), not a JSON-LD document a processor could read whole.
 */
export const sendScriptSafeJson = (ctx: { type: string; body: unknown }, body: object): void => {
  ctx.type = 'application/json';
  ctx.body = toScriptSafeJson(body);
};
