/**
 * JSON that a frontend may put inside `<script type="application/ld+json">` as is: `<` and `>`
 * cannot close the script or open a comment, `&` cannot start an entity in XHTML, and U+2028 /
 * U+2029 cannot end a line where the JSON is read as JavaScript. Each becomes a `\uXXXX` escape,
 * so the text stays valid JSON that parses back to the same values.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

// Outside strings, JSON text holds none of these characters, and inside one they are never part
// of an escape sequence: replacing them all over the text escapes exactly the strings' ones.
export const toScriptSafeJson = (value: object): string => JSON.stringify(value).replace(UNSAFE, (char) => ESCAPES[char]);
