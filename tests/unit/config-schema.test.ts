import { parseConfig, DEFAULT_CREDIT_ROLES } from '../../server/src/config/schema';

describe('plugin config', () => {
  it('fills every default from an empty config', () => {
    const config = parseConfig({});
    expect(config.contentTypes).toEqual(['api::article.article']);
    expect(config.creditRoles).toEqual(DEFAULT_CREDIT_ROLES);
    expect(config.withheldBylineText).toEqual({ en: 'Staff reporter', uk: 'Штатний кореспондент' });
    expect(config.staleFactsAfterDays).toBe(30);
    expect(config.profileUrl).toBeNull();
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
    [{ withheldBylineText: { uk: 'Штатний кореспондент' } }, '"withheldBylineText": must have an "en" text'],
    [{ staleFactsAfterDays: 0 }, '"staleFactsAfterDays": must be positive'],
    [{ staleFactsAfterDays: 2.5 }, '"staleFactsAfterDays": must be a whole number'],
    [{ contentType: ['api::article.article'] }, 'contentType'],
  ])('rejects %j naming the key', (raw, message) => {
    expect(() => parseConfig(raw)).toThrow(message);
  });
});
