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
    expect(config.importUploadMaxMiB).toBe(64);
    expect(config.bylinePhrases).toEqual({});
  });

  it('takes byline phrases: one phrase of a shipped locale, { one, other }, separators, a whole new language', () => {
    const nl = {
      author: 'Door {names}',
      contributor: 'Met medewerking van {names}',
      photographer: "Foto's: {names}",
      editor: 'Redactie: {names}',
      translator: 'Vertaling: {names}',
      'fact-checker': 'Factcheck: {names}',
    };
    const bylinePhrases = {
      fr: { roles: { author: 'Texte : {names}' } },
      'pt-BR': { roles: { 'fact-checker': { one: 'Checagem: {names}', other: 'Checagens: {names}' } } },
      en: { list: { separator: ', ', last: ' & ' } },
      nl: { roles: nl },
      'nl-BE': { list: 'nl-BE' },
    };
    expect(parseConfig({ bylinePhrases }).bylinePhrases).toEqual(bylinePhrases);
  });

  it('asks a new language only for the roles the site credits', () => {
    expect(() => parseConfig({ creditRoles: ['author'], bylinePhrases: { nl: { roles: { author: 'Door {names}' } } } })).not.toThrow();
  });

  it.each([1, 100])('takes a feedSize of %d', (feedSize) => {
    expect(parseConfig({ feedSize }).feedSize).toBe(feedSize);
  });

  it('takes URL templates whose placeholders, filled in, give a URL', () => {
    const config = parseConfig({
      profileUrl: 'https://example.org/{slug}',
      articleUrls: { 'api::article.article': 'https://{locale}.example.org/a/{documentId}/{slug}' },
    });
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
    [{ articleUrls: { article: 'https://example.org/{slug}' } }, '"articleUrls.article": must be a content-type UID'],
    [{ withheldBylineText: { uk: 'Штатний кореспондент' } }, '"withheldBylineText": must have an "en" text'],
    [{ staleFactsAfterDays: 0 }, '"staleFactsAfterDays": must be positive'],
    [{ staleFactsAfterDays: 2.5 }, '"staleFactsAfterDays": must be a whole number'],
    [{ feedSize: 0 }, '"feedSize": must be at least 1'],
    [{ importUploadMaxMiB: 0 }, '"importUploadMaxMiB": must be at least 1'],
    [{ importUploadMaxMiB: 1.5 }, '"importUploadMaxMiB": must be a whole number'],
    [{ feedSize: 101 }, '"feedSize": must be at most 100'],
    [{ feedSize: 20.5 }, '"feedSize": must be a whole number'],
    [{ feedSize: '20' }, '"feedSize"'],
    [{ contentType: ['api::article.article'] }, 'contentType'],
    [{ bylinePhrases: { fr: { roles: { author: 'Par {name}' } } } }, '"bylinePhrases.fr.roles.author": has an unknown placeholder "{name}"'],
    [{ bylinePhrases: { fr: { roles: { author: 'Par' } } } }, '"bylinePhrases.fr.roles.author": must contain "{names}" exactly once'],
    [
      { bylinePhrases: { pl: { roles: { author: { one: 'Autor: {names}' } } } } },
      '"bylinePhrases.pl.roles.author": must be a phrase with "{names}", or { one, other } phrases',
    ],
    [
      { bylinePhrases: { pl: { roles: { author: { one: 'Autor: {names}', other: 'Autorzy: {nazwiska}' } } } } },
      '"bylinePhrases.pl.roles.author.other": has an unknown placeholder "{nazwiska}"',
    ],
    [{ bylinePhrases: { de: { roles: { photograper: 'Fotos: {names}' } } } }, '"bylinePhrases.de.roles.photograper": is not one of "creditRoles"'],
    [
      { bylinePhrases: { nl: { roles: { photographer: "Foto's: {names}" } } } },
      '"bylinePhrases.nl.roles.author": is required: the plugin ships no byline phrases for "nl"',
    ],
    [{ creditRoles: ['author', 'editor'], bylinePhrases: { nl: { roles: { author: 'Door {names}' } } } }, '"bylinePhrases.nl.roles.editor": is required'],
    [
      { creditRoles: ['author'], bylinePhrases: { tlh: { roles: { author: '{names}' } } } },
      '"bylinePhrases.tlh.list": is required: Intl.ListFormat has no lists for "tlh"',
    ],
    [{ bylinePhrases: { en: { list: 'not a locale!' } } }, '"bylinePhrases.en.list": must be a locale that Intl.ListFormat has lists for'],
    [{ bylinePhrases: { en: { list: { separator: ', ' } } } }, '"bylinePhrases.en.list": must be a locale for Intl.ListFormat, or { separator, last, pair? }'],
    [{ bylinePhrases: { en: { list: { separator: ', ', last: ' {and} ' } } } }, '"bylinePhrases.en.list.last": must not contain "{" or "}"'],
    [{ bylinePhrases: { en: { author: 'By {names}' } } }, '"bylinePhrases.en" author'],
    [{ bylinePhrases: { English: { roles: { author: 'By {names}' } } } }, '"bylinePhrases.English": must be a locale code'],
  ])('rejects %j naming the key', (raw, message) => {
    expect(() => parseConfig(raw)).toThrow(message);
  });
});
