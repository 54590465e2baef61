import { collectReporters, reporterPathsOf, type Attribute } from '../../server/src/domain/reporter-paths';

const REPORTER = 'plugin::newsroom.reporter-profile';
const models: [string, { attributes: Record<string, Attribute> }][] = [
  [REPORTER, { attributes: { fullName: { type: 'string' }, photo: { type: 'media' }, mentor: { type: 'relation', target: REPORTER } } }],
  ['newsroom.credit', { attributes: { role: { type: 'string' }, reporter: { type: 'relation', target: REPORTER } } }],
  [
    'api::article.article',
    {
      attributes: {
        title: { type: 'string' },
        credits: { type: 'component', component: 'newsroom.credit' },
        cover: { type: 'media' },
        related: { type: 'relation', target: 'api::article.article' },
        blocks: { type: 'dynamiczone', components: ['blocks.quote', 'blocks.text'] },
        tags: { type: 'relation', target: 'api::tag.tag' },
      },
    },
  ],
  ['blocks.quote', { attributes: { speaker: { type: 'relation', target: REPORTER } } }],
  ['blocks.text', { attributes: { body: { type: 'richtext' } } }],
  ['api::tag.tag', { attributes: { name: { type: 'string' }, articles: { type: 'relation', target: 'api::article.article' } } }],
  [
    'api::page.page',
    { attributes: { title: { type: 'string' }, tags: { type: 'relation', target: 'api::tag.tag' }, hero: { type: 'component', component: 'blocks.text' } } },
  ],
  ['api::shop.item', { attributes: { name: { type: 'string' }, similar: { type: 'relation', target: 'api::shop.item' } } }],
];

describe('the paths to reporter profiles the withheld sanitizer follows', () => {
  const paths = reporterPathsOf(models);

  it('follows relations, components and dynamic zones that lead to a profile, at any depth and through cycles', () => {
    expect(paths.get('api::article.article')).toEqual([
      { key: 'credits', kind: 'component', uid: 'newsroom.credit' },
      { key: 'related', kind: 'relation', uid: 'api::article.article' },
      { key: 'blocks', kind: 'dynamiczone' },
      { key: 'tags', kind: 'relation', uid: 'api::tag.tag' },
    ]);
    // A page reaches a reporter only through tag → article → credit.
    expect(paths.get('api::page.page')).toEqual([{ key: 'tags', kind: 'relation', uid: 'api::tag.tag' }]);
    expect(paths.get(REPORTER)).toEqual([{ key: 'mentor', kind: 'relation', uid: REPORTER }]);
  });

  it('gives models that cannot reach a profile no path, so their data is never walked', () => {
    expect(paths.get('api::shop.item')).toEqual([]);
    expect(paths.get('blocks.text')).toEqual([]);
  });

  it('does not depend on the order the models come in', () => {
    const reversed = reporterPathsOf([...models].reverse());
    for (const [uid] of models) expect(reversed.get(uid)).toEqual(paths.get(uid));
  });

  it('finds every populated profile: in credits, dynamic zones, nested relations, lists, and a profile’s own relations', () => {
    const tim = { id: 1, fullName: 'Tim' };
    const ann = { id: 2, fullName: 'Ann', mentor: { id: 3, fullName: 'Mentor' } };
    const hidden = { id: 4, fullName: 'In a tag' };
    const page = {
      tags: [
        {
          name: 'war',
          articles: [
            {
              credits: [
                { role: 'author', reporter: tim },
                { role: 'editor', reporter: null },
              ],
              blocks: [{ __component: 'blocks.quote', speaker: ann }, { __component: 'blocks.text', body: 'x' }, { speaker: { id: 9 } }],
              related: { credits: [{ reporter: hidden }] },
              cover: { fullName: 'not a reporter' },
            },
          ],
        },
      ],
    };
    const found: Record<string, unknown>[] = [];
    collectReporters(paths, [page], 'api::page.page', found);
    expect(found.map((r) => r.fullName).sort()).toEqual(['Ann', 'In a tag', 'Mentor', 'Tim']);
  });

  it('finds a profile that is itself the data, and nothing in scalars', () => {
    const found: Record<string, unknown>[] = [];
    collectReporters(paths, { id: 7 }, REPORTER, found);
    collectReporters(paths, 'text', 'api::article.article', found);
    collectReporters(paths, null, REPORTER, found);
    expect(found).toEqual([{ id: 7 }]);
  });
});
