import { errors } from '@strapi/utils';
import { z } from 'zod/v4';
import { parseConfig } from '../../server/src/config/schema';
import { entryUrl } from '../../server/src/domain/entry-url';
import { titleAttributeOf } from '../../server/src/domain/entry-title';
import { unknownFieldIssues } from '../../server/src/domain/known-fields';
import { isLocalizedType } from '../../server/src/domain/localized-type';
import { pagination } from '../../server/src/domain/pagination';
import { strongEtag } from '../../server/src/domain/strong-etag';
import { fieldIssue, parseOrThrow, throwIfIssues } from '../../server/src/domain/validation';

describe('entry URLs', () => {
  const config = parseConfig({ articleUrls: { 'api::article.article': 'https://example.org/{locale}/news/{slug}-{documentId}' } });

  it('fills the type’s template, each value URL-encoded', () => {
    expect(entryUrl(config, 'api::article.article', { slug: 'zelensky orders/review', documentId: 'd1', locale: 'uk' })).toBe('https://example.org/uk/news/zelensky%20orders%2Freview-d1');
  });

  it('leaves a missing value empty, and gives no URL for a type without a template', () => {
    expect(entryUrl(config, 'api::article.article', { documentId: 'd1', locale: 'en' })).toBe('https://example.org/en/news/-d1');
    expect(entryUrl(config, 'api::page.page', { slug: 'x' })).toBeNull();
  });
});

describe('pagination', () => {
  it.each([
    [{ page: 1, pageSize: 25 }, 0, 0],
    [{ page: 1, pageSize: 25 }, 25, 1],
    [{ page: 2, pageSize: 25 }, 26, 2],
    [{ page: 9, pageSize: 10 }, 1001, 101],
  ])('%j of %i items has %i pages', (page, total, pageCount) => {
    expect(pagination(page, total)).toEqual({ ...page, total, pageCount });
  });
});

describe('unknown fields in a write', () => {
  it('names each field the type does not have, but not the system keys Strapi sends', () => {
    const data = { title: 'x', id: 1, documentId: 'd', locale: 'en', publishedAt: null, status: 'draft', localizations: [], reporterName: 'x', __proto__x: 1 };
    const issues = unknownFieldIssues(data, { title: {} });
    expect(issues.map((issue) => issue.path)).toEqual([['reporterName'], ['__proto__x']]);
    expect(issues[0]).toEqual({ path: ['reporterName'], message: 'reporterName: is not a field of this type', name: 'ValidationError' });
  });
});

describe('field validation errors', () => {
  it('formats the field path in the message', () => {
    expect(fieldIssue(['facts', 3, 'sources', 0, 'url'], 'must be a URL')).toEqual({ path: ['facts', '3', 'sources', '0', 'url'], message: 'facts[3].sources[0].url: must be a URL', name: 'ValidationError' });
  });

  it('throws Strapi’s ValidationError (a 400) carrying every issue, and nothing when there are none', () => {
    expect(() => throwIfIssues([])).not.toThrow();
    const issues = [fieldIssue(['a'], 'is required'), fieldIssue(['b'], 'is too long')];
    let thrown: unknown;
    try {
      throwIfIssues(issues);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(errors.ValidationError);
    expect(thrown).toMatchObject({ message: 'a: is required (and 1 more)', details: { errors: issues } });
  });

  it('parses with a schema, or throws naming the field under the prefix', () => {
    const schema = z.object({ pageSize: z.number().int().max(100) });
    expect(parseOrThrow(schema, { pageSize: 5 })).toEqual({ pageSize: 5 });
    expect(() => parseOrThrow(schema, { pageSize: 500 }, ['query'])).toThrow(/^query\.pageSize: /);
  });
});

describe('entry titles', () => {
  it('prefers title, then headline, then name, else the first string attribute', () => {
    expect(titleAttributeOf({ name: { type: 'string' }, headline: { type: 'string' } })).toBe('headline');
    expect(titleAttributeOf({ title: { type: 'richtext' }, label: { type: 'string' }, name: { type: 'string' } })).toBe('name');
    expect(titleAttributeOf({ body: { type: 'blocks' }, label: { type: 'string' } })).toBe('label');
    expect(titleAttributeOf({ body: { type: 'blocks' } })).toBeNull();
  });
});

describe('strong ETags', () => {
  it('are quoted, equal for equal bytes and different for any change', () => {
    expect(strongEtag('{"a":1}')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(strongEtag('{"a":1}')).toBe(strongEtag('{"a":1}'));
    expect(strongEtag('{"a":1}')).not.toBe(strongEtag('{"a":2}'));
    expect(strongEtag('é')).not.toBe(strongEtag('e\u0301'));
  });
});

describe('localized types', () => {
  it('are the ones with i18n localized: true, whatever else they have', () => {
    expect(isLocalizedType({ pluginOptions: { i18n: { localized: true } } })).toBe(true);
    expect(isLocalizedType({ pluginOptions: { i18n: { localized: false } }, attributes: { locale: {} } })).toBe(false);
    expect(isLocalizedType({ pluginOptions: {} })).toBe(false);
    expect(isLocalizedType(undefined)).toBe(false);
  });
});
