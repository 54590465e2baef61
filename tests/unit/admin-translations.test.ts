/**
 * The admin's translations: each shipped file holds exactly the English file's keys (none missing,
 * so no text falls back to English, and none unknown), every message is valid ICU for its locale,
 * and it uses the same arguments as the English message, so no "{name}" is lost or misspelt.
 */
import fs from 'fs';
import path from 'path';
import { IntlMessageFormat } from 'intl-messageformat';

const DIR = path.resolve(__dirname, '../../admin/src/translations');
const read = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
const english = read('en.json');
const others = fs.readdirSync(DIR).filter((file) => file.endsWith('.json') && file !== 'en.json');

// Argument names of a parsed message, nested plural and select branches included.
const argumentsOf = (elements: unknown[]): string[] =>
  elements.flatMap((element) => {
    const { value, options } = element as { value?: unknown; options?: Record<string, { value: unknown[] }> };
    const own = typeof value === 'string' && (element as { type: number }).type !== 0 ? [value] : [];
    return [...own, ...Object.values(options ?? {}).flatMap((option) => argumentsOf(option.value))];
  });
const argumentSet = (message: string, locale: string) => [...new Set(argumentsOf(new IntlMessageFormat(message, locale).getAst()))].sort();

describe('admin translations', () => {
  it('include the locales the README lists', () => {
    expect(others.map((file) => file.replace('.json', '')).sort()).toEqual(['ar', 'de', 'es', 'fr', 'it', 'pl', 'pt', 'ru', 'uk']);
  });

  describe.each(others)('%s', (file) => {
    const locale = file.replace('.json', '');
    const messages = read(file);

    it("has exactly the English file's keys, and no empty message", () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      expect(Object.entries(messages).filter(([, message]) => !message.trim())).toEqual([]);
    });

    it.each(Object.keys(english))('%s: valid ICU with the English arguments', (key) => {
      expect(argumentSet(messages[key], locale)).toEqual(argumentSet(english[key], 'en'));
    });
  });
});
