import { facetNeedle, firstFreeSlug, nameSearchFilter, profileFacets, slugFromName } from '../../server/src/domain/slugs';
import { randomStrings } from '../helpers/random-text';

describe('reporter slugs', () => {
  it.each([
    ['Тарас Шевченко', 'taras-shevchenko'],
    ['Олена Ткач', 'olena-tkach'],
    ['Олег Задорожний', 'oleh-zadorozhnyi'],
    ['Андрій Ковальчук', 'andrii-kovalchuk'],
    ['Юлія Їжакевич', 'iuliia-izhakevych'],
    ['Згурський Євген', 'zghurskyi-ievhen'],
    ['Борис Грызлов', 'boris-gryzlov'],
    ['Фёдор Объедков', 'fyodor-obedkov'],
    ['Zoë Ørsted-Müller', 'zoe-orsted-mueller'],
    ['François Lefèvre', 'francois-lefevre'],
    ['Łukasz Żółć', 'lukasz-zolc'],
    ["Seán O'Brien", 'sean-o-brien'],
    ['  Maryna   Kravets  ', 'maryna-kravets'],
  ])('%s → %s', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });

  it('falls back to "reporter" when a name has nothing to transliterate', () => {
    expect(slugFromName('!!!')).toBe('reporter');
    expect(slugFromName('   ')).toBe('reporter');
  });

  it('cuts at 100 characters without leaving a trailing hyphen', () => {
    expect(slugFromName('a'.repeat(150))).toBe('a'.repeat(100));
    expect(slugFromName(`${'x'.repeat(99)} yz`)).toBe('x'.repeat(99));
  });

  it('is always lowercase ASCII words joined by single hyphens, whatever the name', () => {
    for (const name of randomStrings(500, 11)) {
      expect(slugFromName(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slugFromName(name).length).toBeLessThanOrEqual(100);
    }
  });

  it('takes the base, else the first free numbered one', async () => {
    const taken = new Set(['tim', 'tim-2', 'tim-3']);
    const isTaken = async (slug: string) => taken.has(slug);
    expect(await firstFreeSlug('tim', isTaken)).toBe('tim-4');
    expect(await firstFreeSlug('maryna', isTaken)).toBe('maryna');
  });
});

describe('reporter search and facet filters', () => {
  it('searches the stored name key for each folded form of the query', () => {
    const filter = nameSearchFilter('Тім') as { $or: { searchName: { $contains: string } }[] };
    expect(filter.$or.length).toBeGreaterThan(0);
    for (const clause of filter.$or) expect(Object.keys(clause)).toEqual(['searchName']);
    expect(nameSearchFilter('   ')).toEqual({});
  });

  it('writes beats folded and languages lowercased between pipes, and the needles match them', () => {
    const facets = profileFacets({ beats: ['Front Line', 'Економіка', 7], languages: ['uk', 'EN-GB'] });
    expect(facets.startsWith('|') && facets.endsWith('|')).toBe(true);
    expect(facets).toContain('|lang:uk|');
    expect(facets).toContain(facetNeedle('lang', 'en-gb'));
    expect(facets).toContain(facetNeedle('beat', 'front line'));
    expect(facets).toContain(facetNeedle('beat', 'ЕКОНОМІКА'));
    expect(facets).not.toContain('7');
    expect(profileFacets({})).toBe('');
  });

  it('does not let one beat match a longer one that starts with it', () => {
    expect(profileFacets({ beats: ['War crimes'] })).not.toContain(facetNeedle('beat', 'war'));
  });
});
