import { isHttpUrl, isLanguageTag, plainText, richTextBlocks } from '../../shared/text-rules';
import { isRealDate, isStale } from '../../shared/key-facts-rules';

describe('text rules shared by server and admin', () => {
  const plain = plainText(100);
  it.each(['Tim Zadorozhnyy', 'Тарас Шевченко', 'AT&T', 'a < b and c > d', 'Data: 5 million', 'one = one', 'Online: yes'])('accepts plain text %j', (text) => {
    expect(plain.safeParse(text).success).toBe(true);
  });
  it.each(['<b>x</b>', '<script>alert(1)</script>', '&lt;script&gt;', '&#60;', 'x" onmouseover="alert(1)', 'x onerror=alert(1)', 'go javascript:alert(1)', 'VBScript:msgbox', 'tab\u0007bell'])(
    'refuses %j',
    (text) => {
      expect(plain.safeParse(text).success).toBe(false);
    }
  );

  it.each([
    ['https://example.org/a?b=c', true],
    ['http://localhost:1337', true],
    ['javascript:alert(1)', false],
    ['https://', false],
    ['https://exa mple.org', false],
    ['//example.org', false],
    ['data:text/html,x', false],
  ])('isHttpUrl(%j) is %s', (url, ok) => expect(isHttpUrl(url)).toBe(ok));

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
    const link = (url: string) => [{ type: 'paragraph', children: [{ type: 'text', text: 'a' }, { type: 'link', url, children: [] }] }];
    expect(richTextBlocks.safeParse(link('https://example.org')).success).toBe(true);
    expect(richTextBlocks.safeParse(link('/reporters/x')).success).toBe(true);
    const bad = richTextBlocks.safeParse(link('javascript:alert(1)'));
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].path).toEqual([0, 'children', 1, 'url']);
    expect(richTextBlocks.safeParse([{ type: 'image', image: { url: 'data:image/svg+xml,<svg onload=alert(1)>' } }]).success).toBe(false);
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
