import { z } from 'zod/v4';

/**
 * Field rules shared by every validation schema of the plugin (profiles, credits, key facts),
 * on the server and in the admin forms.
 */

// Anything a browser would start a tag with ("<b", "</", "<!") or an HTML entity: plain-text
// fields take neither. "a < b" is text: no tag starts with a space.
const MARKUP = /<\/?[a-z!?]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
// Event-handler attributes and script URLs: harmless as text, but a frontend that puts the text
// into an attribute unescaped would run them.
const SCRIPT_LIKE =
  /\bon(?:error|load|click|dblclick|mouse\w+|focus\w*|blur|key\w+|submit|change|input|pointer\w+|touch\w+|animation\w+|transition\w+|toggle|begin|end|wheel|scroll|drag\w*|drop|copy|cut|paste|abort|unload|beforeunload|message|show|hashchange|popstate|resize|select|invalid|reset|play\w*|pause|ended|contextmenu|auxclick)\s*=|\b(?:java|vb)script\s*:/i;
// Control characters other than tab and newlines.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const isHttpUrl = (value: string): boolean => {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
};

/** A single-line or multi-line plain text: no markup, no control characters, trimmed length. */
export const plainText = (max: number, { min = 0 } = {}) =>
  z
    .string({ error: 'must be text' })
    .max(max, `must be at most ${max} characters`)
    .refine((v) => v.trim().length >= min, min > 0 ? 'must not be empty' : 'is invalid')
    .refine((v) => !MARKUP.test(v), 'must be plain text without markup')
    .refine((v) => !SCRIPT_LIKE.test(v), 'must not contain event handlers or script URLs')
    .refine((v) => !CONTROL.test(v), 'must not contain control characters');

export const httpUrl = z
  .string({ error: 'must be a URL' })
  .max(2048, 'must be at most 2048 characters')
  .refine(isHttpUrl, 'must be an http(s) URL');

/** BCP 47 language tag, as `Intl` understands it (en, uk, pt-BR, zh-Hant). */
export const isLanguageTag = (value: string): boolean => {
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
};

export const languageTag = z.string({ error: 'must be a language code' }).refine(isLanguageTag, 'must be a BCP 47 language code (e.g. "en", "uk", "pt-BR")');

export const slug = z
  .string({ error: 'must be text' })
  .max(120, 'must be at most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes');

// Blocks rich text (Strapi's `blocks` field): text nodes are data, not markup; the executable
// surfaces are the URLs of links and images.
const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

type BlockNode = { type?: unknown; url?: unknown; image?: { url?: unknown }; children?: unknown };

const findUnsafeLink = (nodes: unknown, path: (string | number)[]): (string | number)[] | null => {
  if (!Array.isArray(nodes)) return null;
  for (const [index, node] of nodes.entries()) {
    if (!node || typeof node !== 'object') continue;
    const { type, url, image, children } = node as BlockNode;
    if (type === 'link' && (typeof url !== 'string' || !SAFE_LINK.test(url.trim()))) {
      return [...path, index, 'url'];
    }
    if (type === 'image' && (typeof image?.url !== 'string' || !SAFE_LINK.test(image.url.trim()))) {
      return [...path, index, 'image', 'url'];
    }
    const inner = findUnsafeLink(children, [...path, index, 'children']);
    if (inner) return inner;
  }
  return null;
};

export const richTextBlocks = z
  .array(z.object({ type: z.string({ error: 'every block needs a type' }) }).passthrough(), { error: 'must be a list of blocks' })
  .max(500, 'must have at most 500 blocks')
  .superRefine((blocks, ctx) => {
    const at = findUnsafeLink(blocks, []);
    if (at) ctx.addIssue({ code: 'custom', path: at, message: 'links must be http(s), mailto or site-relative URLs' });
  });
