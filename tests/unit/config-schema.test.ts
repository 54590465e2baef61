import { parseConfig, DEFAULT_CREDIT_ROLES } from '../../server/src/config/schema';

describe('plugin config', () => {
  it('fills every default from an empty config', () => {
    const config = parseConfig({});
    expect(config.contentTypes).toEqual(['api::article.article']);
    expect(config.creditRoles).toEqual(DEFAULT_CREDIT_ROLES);
    expect(config.withheldBylineText).toEqual({ en: 'Staff reporter', uk: 'Штатний кореспондент' });
    expect(config.staleFactsAfterDays).toBe(30);
    expect(config.profileUrl).toBeNull();
    expect(config.feedSize).toBe(20);
  });

  it.each([1, 100])('takes a feedSize of %d', (feedSize) => {
    expect(parseConfig({ feedSize }).feedSize).toBe(feedSize);
  });

  it('takes URL templates whose placeholders, filled in, give a URL', () => {
    const config = parseConfig({ profileUrl: 'https://example.org/{slug}', articleUrls: { 'api::article.article': 'https://{locale}.example.org/a/{documentId}/{slug}' } });
    expect(config.profileUrl).toBe('https://example.org/{slug}');
  });

  it('keeps a shorter user array as given (no splicing of defaults)', () => {
    expect(parseConfig({ creditRoles: ['author', 'editor'] }).creditRoles).toEqual(['author', 'editor']);
  });

  it.each([
    [{ contentTypes: ['article'] }, '"contentTypes[0]": must be a content-type UID'],
    [{ creditRoles: ['editor'] }, '"creditRoles": must include "author"'],
    [{ creditRoles: ['author', 'author'] }, '"creditRoles": must not repeat a role'],
    [{ profileUrl: 'https://example.org/reporters' }, '"profileUrl": must be an http(s) URL containing "{slug}"'],
    [{ profileUrl: 'javascript:alert(1)//{slug}' }, '"profileUrl"'],
    [{ organization: { name: 'X', url: 'ftp://example.org' } }, '"organization.url": must be an http(s) URL'],
    [{ organization: { name: 'X', url: 'https://example.org/</script>' } }, '"organization.url": must not contain "<"'],
    [{ organization: { name: 'X', url: 'https://example.org', logo: 'https://example.org/a b.png' } }, '"organization.logo": must not contain U+0020'],
    [{ profileUrl: 'https://example.org/{slug}/"><script>' }, '"profileUrl": must not contain """'],
    [{ articleUrls: { 'api::article.article': 'https://example.org/{slug}|{id}' } }, '"articleUrls.api::article.article": must not contain "|"'],
    [{ withheldBylineText: { uk: 'Штатний кореспондент' } }, '"withheldBylineText": must have an "en" text'],
    [{ staleFactsAfterDays: 0 }, '"staleFactsAfterDays": must be positive'],
    [{ staleFactsAfterDays: 2.5 }, '"staleFactsAfterDays": must be a whole number'],
    [{ feedSize: 0 }, '"feedSize": must be at least 1'],
    [{ feedSize: 101 }, '"feedSize": must be at most 100'],
    [{ feedSize: 20.5 }, '"feedSize": must be a whole number'],
    [{ feedSize: '20' }, '"feedSize"'],
    [{ contentType: ['api::article.article'] }, 'contentType'],
  ])('rejects %j naming the key', (raw, message) => {
    expect(() => parseConfig(raw)).toThrow(message);
  });
});
