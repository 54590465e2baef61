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

// What the WHATWG URL standard lets a valid URL string hold unescaped: ASCII letters and digits,
// !$&'()*+,-./:;=?@_~, "#" before the fragment, "[" and "]" around an IPv6 host, "%" in a %XX escape,
// and non-ASCII code points but surrogates and noncharacters. Non-ASCII whitespace and invisible
// format characters (bidi overrides, zero-width) are refused too: they make a URL read as another.
const URL_CHARACTER = /[A-Za-z0-9!$&'()*+,\-./:;=?@_~#[\]%]|[^\u0000-\u009F\p{White_Space}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}]/u;

const unescapedCharacter = (value: string): string | undefined => [...value].find((char) => !URL_CHARACTER.test(char));

const shown = (char: string): string => (/^[\x21-\x7E]$/.test(char) ? `"${char}"` : `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);

/** Why `value` is not an http(s) URL the plugin takes, or `null` when it is one. */
export const httpUrlProblem = (value: string): string | null => {
  if (!/^https?:\/\//i.test(value)) return 'must be an http(s) URL';
  const unescaped = unescapedCharacter(value);
  if (unescaped !== undefined) return `must not contain ${shown(unescaped)} (a URL holds it only percent-encoded)`;
  if (/%(?![0-9a-f]{2})/i.test(value)) return 'must use "%" only in %XX escapes';
  if (value.indexOf('#') !== value.lastIndexOf('#')) return 'must not contain a second "#"';
  if (/[[\]]/.test(value.replace(/^https?:\/\/[^/?#]*/i, ''))) return 'must not contain "[" or "]" after the host';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an http(s) URL';
  }
  if (url.hostname === '') return 'must be an http(s) URL';
  // Not in a valid URL string either, and "https://trusted.example@evil.example" misleads readers.
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  return null;
};

export const isHttpUrl = (value: string): boolean => httpUrlProblem(value) === null;

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
  .superRefine((value, ctx) => {
    const problem = httpUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

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
const isSafeLink = (url: unknown): boolean => typeof url === 'string' && SAFE_LINK.test(url.trim()) && unescapedCharacter(url.trim()) === undefined;

type BlockNode = { type?: unknown; url?: unknown; image?: { url?: unknown }; children?: unknown };

const findUnsafeLink = (nodes: unknown, path: (string | number)[]): (string | number)[] | null => {
  if (!Array.isArray(nodes)) return null;
  for (const [index, node] of nodes.entries()) {
    if (!node || typeof node !== 'object') continue;
    const { type, url, image, children } = node as BlockNode;
    if (type === 'link' && !isSafeLink(url)) {
      return [...path, index, 'url'];
    }
    if (type === 'image' && !isSafeLink(image?.url)) {
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
    if (at)
      ctx.addIssue({
        code: 'custom',
        path: at,
        message: 'links must be http(s), mailto or site-relative URLs, without characters a URL holds only percent-encoded',
      });
  });
