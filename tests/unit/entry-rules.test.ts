import { creditIssues, entryIssues, type AttributeRule } from '../../server/src/import/entry-rules';

const ARTICLE: Record<string, AttributeRule> = {
  title: { type: 'string', required: true, maxLength: 10 },
  slug: { type: 'uid', required: true },
  code: { type: 'string', regex: '^[A-Z]+$', minLength: 2 },
  publishedDate: { type: 'date', required: true },
  updated: { type: 'datetime' },
  category: { type: 'enumeration', enum: ['world', 'sport'], required: true },
  featured: { type: 'boolean' },
  words: { type: 'integer' },
  cover: { type: 'media' },
  credits: { type: 'component' },
  createdAt: { type: 'datetime' },
};
const valid = { title: 'Ferry', slug: 'ferry-strike', publishedDate: '2024-05-01', category: 'world' };

describe('the rules of an entry created in bulk', () => {
  it('a complete entry passes; credits and the system fields are not its concern', () => {
    expect(entryIssues(ARTICLE, valid)).toEqual([]);
    expect(entryIssues(ARTICLE, { ...valid, code: 'AB', updated: '2024-05-01T10:00:00Z', featured: false, words: 300 })).toEqual([]);
  });

  it.each([
    [{ title: '' }, 'title: this field is required'],
    [{ category: undefined }, 'category: this field is required'],
    [{ title: 'Far too long a title' }, 'title: must be at most 10 characters'],
    [{ title: 42 }, 'title: must be text'],
    [{ slug: 'with space' }, 'slug: does not match the format /^[A-Za-z0-9-_.~]*$/'],
    [{ code: 'ab' }, 'code: does not match the format /^[A-Z]+$/'],
    [{ code: 'A' }, 'code: must be at least 2 characters'],
    [{ publishedDate: '2024-13-45' }, 'publishedDate: must be a date (YYYY-MM-DD)'],
    [{ publishedDate: '1 May 2024' }, 'publishedDate: must be a date (YYYY-MM-DD)'],
    [{ updated: 'yesterday' }, 'updated: must be a date and time'],
    [{ category: 'weather' }, 'category: must be one of world, sport'],
    [{ featured: 'yes' }, 'featured: must be true or false'],
    [{ words: 2.5 }, 'words: must be a number'],
    [{ cover: 7 }, 'cover: a media is not written by the bulk import'],
    [{ colour: 'red' }, 'colour: is not a field of this type'],
  ])('refuses %j, naming the field', (change, message) => {
    expect(entryIssues(ARTICLE, { ...valid, ...change })).toEqual([message]);
  });

  it('a draft may leave required fields empty, as in Strapi; its other fields are still checked', () => {
    expect(entryIssues(ARTICLE, { slug: '', category: 'world' }, { draft: true })).toEqual([]);
    expect(entryIssues(ARTICLE, { slug: '', category: 'weather' }, { draft: true })).toEqual(['category: must be one of world, sport']);
    expect(entryIssues(ARTICLE, { slug: '', category: 'world' })).toEqual([
      'title: this field is required',
      'slug: this field is required',
      'publishedDate: this field is required',
    ]);
  });

  it('credits: each names a reporter and a role the site allows', () => {
    const roles = ['author', 'editor'];
    expect(creditIssues([{ reporter: 'abc', role: 'author' }], roles)).toEqual([]);
    expect(
      creditIssues(
        [
          { reporter: 'abc', role: 'editor' },
          { reporter: '', role: 'ghost' },
        ],
        roles
      )
    ).toEqual(['credits[1].reporter: names no reporter', 'credits[1].role: "ghost" is not one of author, editor']);
  });
});
