import { httpUrl, httpUrlProblem, isHttpUrl, isLanguageTag, plainText, richTextBlocks } from '../../shared/text-rules';
import { isRealDate, isStale } from '../../shared/key-facts-rules';

describe('text rules shared by server and admin', () => {
  const plain = plainText(100);
  it.each(['Tim Zadorozhnyy', 'Тарас Шевченко', 'AT&T', 'a < b and c > d', 'Data: 5 million', 'one = one', 'Online: yes'])('accepts plain text %j', (text) => {
    expect(plain.safeParse(text).success).toBe(true);
  });
  it.each([
    '<b>x</b>',
    '<script>alert(1)</script>',
    '&lt;script&gt;',
    '&#60;',
    'x" onmouseover="alert(1)',
    'x onerror=alert(1)',
    'go javascript:alert(1)',
    'VBScript:msgbox',
    'tab\u0007bell',
  ])('refuses %j', (text) => {
    expect(plain.safeParse(text).success).toBe(false);
  });

  it.each([
    ['https://example.org/a?b=c', true],
    ['http://localhost:1337', true],
    ['https://example.org/a%20b?q=%3Cscript%3E#top', true],
    ["https://example.org/!$&'()*+,;=:@~_-.", true],
    ['https://uk.wikipedia.org/wiki/Київ', true],
    ['http://[2001:db8::1]:8080/x', true],
    ['javascript:alert(1)', false],
    ['https://', false],
    ['https://exa mple.org', false],
    ['//example.org', false],
    ['data:text/html,x', false],
  ])('isHttpUrl(%j) is %s', (url, ok) => expect(isHttpUrl(url)).toBe(ok));

  const held = (char: string) => `must not contain ${char} (a URL holds it only percent-encoded)`;
  // Each is a URL `new URL()` would take, quietly percent-encoding or dropping the character.
  it.each([
    ['https://x.example/</script><script>alert(1)</script>', held('"<"')],
    ['https://x.example/a>b', held('">"')],
    ['https://x.example/"onmouseover="alert(1)', held('"""')],
    ['https://x.example/a\\b', held('"\\"')],
    ['https://x.example/`alert(1)`', held('"`"')],
    ['https://x.example/{a}', held('"{"')],
    ['https://x.example/a}', held('"}"')],
    ['https://x.example/a|b', held('"|"')],
    ['https://x.example/a^b', held('"^"')],
    ['https://x.example/a b', held('U+0020')],
    ['https://x.example/a\tb', held('U+0009')],
    ['https://x.example/a\nb', held('U+000A')],
    ['https://x.example/a\rb', held('U+000D')],
    ['https://x.example/a\u0000b', held('U+0000')],
    ['https://x.example/a\u0007b', held('U+0007')],
    ['https://x.example/a\u007Fb', held('U+007F')],
    ['https://x.example/a\u0085b', held('U+0085')],
    ['https://x.example/a\u00A0b', held('U+00A0')],
    ['https://x.example/a\u2028b', held('U+2028')],
    ['https://x.example/a\u2029b', held('U+2029')],
    ['https://x.example/a\u202Eb', held('U+202E')],
    ['https://x.example/a\u200Bb', held('U+200B')],
    ['https://x.example/a\uFFFEb', held('U+FFFE')],
    ['https://x.example/a\uD800b', held('U+D800')],
    ['https://x.example/100%', 'must use "%" only in %XX escapes'],
    ['https://x.example/%zz', 'must use "%" only in %XX escapes'],
    ['https://x.example/#a#b', 'must not contain a second "#"'],
    ['https://x.example/[a]', 'must not contain "[" or "]" after the host'],
    ['https://trusted.example@evil.example/', 'must not contain a user name or password'],
    ['https://user:secret@x.example/', 'must not contain a user name or password'],
    ['https://x.example:99999/', 'must be an http(s) URL'],
    [' https://x.example/', 'must be an http(s) URL'],
    ['ftp://x.example/', 'must be an http(s) URL'],
  ])('refuses %j: %s', (url, message) => {
    expect(httpUrlProblem(url)).toBe(message);
    expect(isHttpUrl(url)).toBe(false);
    const parsed = httpUrl.safeParse(url);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.message)).toEqual([httpUrlProblem(url)]);
  });

  it.each([
    ['en', true],
    ['uk', true],
    ['pt-BR', true],
    ['zh-Hant', true],
    ['en_US', false],
    ['e', false],
    ['not a language', false],
  ])('isLanguageTag(%j) is %s', (tag, ok) => expect(isLanguageTag(tag)).toBe(ok));

  it('finds unsafe URLs anywhere in blocks', () => {
    const link = (url: string) => [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'a' },
          { type: 'link', url, children: [] },
        ],
      },
    ];
    expect(richTextBlocks.safeParse(link('https://example.org')).success).toBe(true);
    expect(richTextBlocks.safeParse(link('/reporters/x')).success).toBe(true);
    const bad = richTextBlocks.safeParse(link('javascript:alert(1)'));
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].path).toEqual([0, 'children', 1, 'url']);
    expect(richTextBlocks.safeParse([{ type: 'image', image: { url: 'data:image/svg+xml,<svg onload=alert(1)>' } }]).success).toBe(false);
    expect(richTextBlocks.safeParse(link('https://x.example/</script><script>alert(1)</script>')).success).toBe(false);
    expect(richTextBlocks.safeParse(link('/reporters/a"b')).success).toBe(false);
  });

  it('knows real dates and staleness', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-1-1')).toBe(false);
    const now = new Date('2026-11-28T12:00:00Z');
    expect(isStale('2026-10-30T12:00:00Z', 30, now)).toBe(false);
    expect(isStale('2026-10-28T11:00:00Z', 30, now)).toBe(true);
    expect(isStale(null, 30, now)).toBe(true);
  });
});
