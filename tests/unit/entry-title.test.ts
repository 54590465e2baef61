import { titleAttributeOf } from '../../server/src/domain/entry-title';

describe('entry titles', () => {
  it('prefers title, then headline, then name, else the first string attribute', () => {
    expect(titleAttributeOf({ name: { type: 'string' }, headline: { type: 'string' } })).toBe('headline');
    expect(titleAttributeOf({ title: { type: 'richtext' }, label: { type: 'string' }, name: { type: 'string' } })).toBe('name');
    expect(titleAttributeOf({ body: { type: 'blocks' }, label: { type: 'string' } })).toBe('label');
    expect(titleAttributeOf({ body: { type: 'blocks' } })).toBeNull();
  });
});
