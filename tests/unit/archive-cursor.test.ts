import { decodeCursor, encodeCursor, type ArchiveCursor } from '../../server/src/domain/archive-cursor';
import { randomStrings, seededRandom } from '../helpers/random-text';

const cursor: ArchiveCursor = {
  dateMs: Date.UTC(2026, 0, 5),
  publishedMs: Date.UTC(2026, 0, 6, 12),
  contentType: 'api::article.article',
  documentId: 'abc123XYZ',
};
const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('the archive cursor (?before=)', () => {
  it('round-trips and is URL-safe', () => {
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it('round-trips many generated cursors, negative dates and plugin types included', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 300; i += 1) {
      const generated: ArchiveCursor = {
        dateMs: Math.round((random() - 0.3) * 4e12),
        publishedMs: Math.round(random() * 4e12),
        contentType: random() < 0.5 ? 'api::long-read.long-read' : 'plugin::newsroom.key-facts-box',
        documentId: Math.floor(random() * 1e15).toString(36) || 'a',
      };
      expect(decodeCursor(encodeCursor(generated))).toEqual(generated);
    }
  });

  it.each([
    ['an empty string', ''],
    ['not base64url', 'abc+/='],
    ['longer than 400 characters', 'A'.repeat(401)],
    ['base64url that is not JSON', Buffer.from('{not json').toString('base64url')],
    ['an object instead of a list', raw({ dateMs: 1, publishedMs: 2, contentType: 'api::article.article', documentId: 'a' })],
    ['three items', raw([1, 2, 'api::article.article'])],
    ['five items', raw([1, 2, 'api::article.article', 'abc', 'extra'])],
    ['a fractional date', raw([1.5, 2, 'api::article.article', 'abc'])],
    ['a date as a string', raw(['1', 2, 'api::article.article', 'abc'])],
    ['an unsafe integer', raw([2 ** 53, 2, 'api::article.article', 'abc'])],
    ['a type that is not a UID', raw([1, 2, 'articles', 'abc'])],
    ['a type with SQL in it', raw([1, 2, "api::article.article' OR 1=1", 'abc'])],
    ['an admin:: type', raw([1, 2, 'admin::user.user', 'abc'])],
    ['a documentId with a comma', raw([1, 2, 'api::article.article', 'a,b'])],
    ['an empty documentId', raw([1, 2, 'api::article.article', ''])],
    ['a numeric documentId', raw([1, 2, 'api::article.article', 5])],
  ])('rejects %s', (_label, text) => {
    expect(decodeCursor(text)).toBeNull();
  });

  it('reads a real cursor with any one character changed as nothing, or as a cursor that keeps every rule', () => {
    const text = encodeCursor(cursor);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=.';
    for (let i = 0; i < text.length; i += 1) {
      for (const c of alphabet) {
        const decoded = decodeCursor(text.slice(0, i) + c + text.slice(i + 1));
        if (!decoded) continue;
        expect(decoded.contentType).toMatch(/^(api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/);
        expect(decoded.documentId).toMatch(/^[A-Za-z0-9]{1,64}$/);
        expect(Number.isSafeInteger(decoded.dateMs) && Number.isSafeInteger(decoded.publishedMs)).toBe(true);
      }
    }
  });

  it('never throws on arbitrary text', () => {
    for (const text of randomStrings(1000, 3, 60)) expect(() => decodeCursor(text)).not.toThrow();
  });
});
