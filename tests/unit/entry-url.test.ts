import { parseConfig } from '../../server/src/config/schema';
import { entryUrl } from '../../server/src/domain/entry-url';

describe('entry URLs', () => {
  const config = parseConfig({ articleUrls: { 'api::article.article': 'https://example.org/{locale}/news/{slug}-{documentId}' } });

  it('fills the type’s template, each value URL-encoded', () => {
    expect(entryUrl(config, 'api::article.article', { slug: 'zelensky orders/review', documentId: 'd1', locale: 'uk' })).toBe(
      'https://example.org/uk/news/zelensky%20orders%2Freview-d1'
    );
  });

  it('leaves a missing value empty, and gives no URL for a type without a template', () => {
    expect(entryUrl(config, 'api::article.article', { documentId: 'd1', locale: 'en' })).toBe('https://example.org/en/news/-d1');
    expect(entryUrl(config, 'api::page.page', { slug: 'x' })).toBeNull();
  });
});
