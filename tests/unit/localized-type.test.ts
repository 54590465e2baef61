import { isLocalizedType } from '../../server/src/domain/localized-type';

describe('localized types', () => {
  it('are the ones with i18n localized: true, whatever else they have', () => {
    expect(isLocalizedType({ pluginOptions: { i18n: { localized: true } } })).toBe(true);
    expect(isLocalizedType({ pluginOptions: { i18n: { localized: false } }, attributes: { locale: {} } })).toBe(false);
    expect(isLocalizedType({ pluginOptions: {} })).toBe(false);
    expect(isLocalizedType(undefined)).toBe(false);
  });
});
