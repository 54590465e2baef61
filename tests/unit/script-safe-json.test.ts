import { toScriptSafeJson } from '../../server/src/domain/script-safe-json';

describe('script-safe JSON', () => {
  it.each([
    ['a closing script tag', '</script><script>alert(1)</script>', '"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"'],
    ['an HTML comment opener', '<!--', '"\\u003c!--"'],
    ['a CDATA end', ']]>', '"]]\\u003e"'],
    ['an entity', 'AT&amp;T', '"AT\\u0026amp;T"'],
    ['line and paragraph separators', 'a\u2028b\u2029c', '"a\\u2028b\\u2029c"'],
    ['a backslash before a <', '\\<', '"\\\\\\u003c"'],
    ['a URL with a hostile path', 'https://x.example/</script>?a=1&b=2', '"https://x.example/\\u003c/script\\u003e?a=1\\u0026b=2"'],
    ['plain text', 'Тарас Шевченко, "quoted"', '"Тарас Шевченко, \\"quoted\\""'],
  ])('escapes %s', (_label, value, expected) => {
    const out = toScriptSafeJson([value]);
    expect(out).toBe(`[${expected}]`);
    expect(JSON.parse(out)).toEqual([value]);
  });

  it('escapes keys and nested values, and parses back to the same value', () => {
    const value = {
      '<key>': { name: '</script>', list: ['&', '\u2028', 1, true, null], deep: [{ url: 'https://x.example/<>' }] },
      '@context': 'https://schema.org',
    };
    const out = toScriptSafeJson(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });

  it('leaves JSON without those characters as JSON.stringify writes it', () => {
    const value = { '@type': 'Person', name: 'Tim Zadorozhnyy', sameAs: ['https://example.org/a?b=c'], n: 1.5 };
    expect(toScriptSafeJson(value)).toBe(JSON.stringify(value));
  });
});
