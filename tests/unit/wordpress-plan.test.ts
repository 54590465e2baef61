import fs from 'fs';
import path from 'path';
import { readWxr } from '../../server/src/import/wxr-reader';
import {
  WordpressPlanBuilder,
  isoDate,
  nicenameOf,
  parseAuthorCategories,
  parseRoleMapping,
  planNeedsMeta,
  sourcePrefix,
  type PlannedPost,
  type WordpressPlan,
} from '../../server/src/import/wordpress-plan';
import { DEFAULT_CREDIT_ROLES } from '../../server/src/config/schema';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'wordpress');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** The plan of a fixture, with its posts planned as the importer's second read gives them, and every issue in file order. */
async function planOf(name: string, options: Parameters<WordpressPlanBuilder['build']>[0] = {}) {
  const builder = new WordpressPlanBuilder();
  async function* one() {
    yield fixture(name);
  }
  for await (const record of readWxr(one(), { keepMeta: planNeedsMeta })) builder.add(record);
  const plan = builder.build(options);
  const posts: PlannedPost[] = [];
  const issues = [...plan.issues];
  for await (const record of readWxr(one())) {
    const planned = record.kind === 'item' ? plan.planPost(record) : null;
    if (planned) {
      posts.push(planned.post);
      issues.push(...planned.issues);
    }
  }
  return { ...plan, posts, issues };
}

/** Each post's bylines by person name. */
const bylinesOf = (plan: Pick<WordpressPlan, 'persons'> & { posts: PlannedPost[] }) =>
  Object.fromEntries(
    plan.posts.map((post) => [post.slug, post.bylines.map((b) => `${plan.persons.find((p) => p.key === b.person)!.profile.fullName}:${b.role}`)])
  );

describe('the WordPress import plan', () => {
  it('Co-Authors Plus: users, guest authors, a linked account as one person, bylines in term order', async () => {
    const plan = await planOf('cap-site.xml');
    expect(plan.site).toBe('https://harbour.example.net');
    expect(plan.persons.map((p) => [p.key, p.profile.fullName, p.nicenames])).toEqual([
      ['user:2', 'Marta Kovalenko', ['mkovalenko']],
      ['user:3', "Tom O'Brien", ['tobrien', 'tom-obrien']],
      ['user:4', 'Night Desk', ['editor-desk']],
      ['guest:101', 'Inès Halloran', ['ines-halloran']],
      ['guest:102', 'Wire Pool', ['wire-pool']],
    ]);
    const tom = plan.persons.find((p) => p.key === 'user:3')!;
    expect(tom.sources).toEqual(['user tobrien', 'guest author cap-tom-obrien']);
    expect(tom.profile.shortBio).toBe('Tom edits the harbour desk.');
    const ines = plan.persons.find((p) => p.key === 'guest:101')!;
    expect(ines.profile).toEqual({
      fullName: 'Inès Halloran',
      shortBio: 'Inès covers shipping and the port unions. She was a deckhand for six years before turning to reporting.',
      bio: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Inès covers shipping and the port unions.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'She was a deckhand for six years before turning to reporting.' }] },
      ],
      sameAs: ['https://ines.example.org'],
    });
    expect(ines.avatarUrl).toBe('https://harbour.example.net/wp-content/uploads/2023/03/ines.jpg');
    expect(bylinesOf(plan)).toEqual({
      'ferry-strike': ['Inès Halloran:author', 'Marta Kovalenko:author', "Tom O'Brien:author"],
      'port-wages': ["Tom O'Brien:author", 'Wire Pool:author'],
      'night-shift': ['Night Desk:author'],
      'who-wrote-this': ['Marta Kovalenko:author'],
    });
    expect(plan.posts.find((p) => p.slug === 'who-wrote-this')).toMatchObject({ published: false, date: '2024-06-02T10:00:00.000Z' });
    expect(plan.issues).toEqual([{ post: 'who-wrote-this', reason: 'byline "cap-ghost-writer" names no user, guest author or author term in the export' }]);
  });

  it('PublishPress Authors: author terms with their meta, a term mapped to a user, roles from the categories', async () => {
    const mapping = parseRoleMapping(JSON.parse(fixture('ppa-roles.json')), DEFAULT_CREDIT_ROLES);
    const plan = await planOf('ppa-site.xml', { roleMapping: mapping, authorCategories: parseAuthorCategories(fixture('ppa-author-relationships.csv')) });
    expect(plan.persons.map((p) => [p.key, p.profile.fullName, p.profile.sameAs, p.nicenames])).toEqual([
      ['user:7', 'Oleh Bondar', ['https://oleh.example.com'], ['oleh']],
      ['term:41', 'Sara Lind', null, ['sara-lind']],
      ['term:42', 'Dmytro Savchuk', ['https://dmytro.example.net'], ['dmytro-savchuk']],
    ]);
    expect(plan.persons[0].profile.shortBio).toBe("Oleh runs the Courier's politics desk.");
    expect(plan.persons[1].avatarUrl).toBe('https://valley.example.com/wp-content/uploads/sara.jpg');
    expect(bylinesOf(plan)).toEqual({
      'river-bridge-vote': ['Oleh Bondar:author', 'Sara Lind:photographer', 'Dmytro Savchuk:editor'],
      'valley-road-floods': ['Dmytro Savchuk:author', 'Oleh Bondar:author'],
    });
    expect(plan.issues).toEqual([
      { post: 'valley-road-floods', reason: 'author category "fact-checker" of "oleh" has no role in the mapping: credited as author' },
    ]);
  });

  it('PublishPress Authors without categories: every byline is an author', async () => {
    const plan = await planOf('ppa-site.xml');
    expect(bylinesOf(plan)['river-bridge-vote']).toEqual(['Oleh Bondar:author', 'Sara Lind:author', 'Dmytro Savchuk:author']);
  });

  it('a plain WordPress site: the post author is the byline', async () => {
    const plan = await planOf('plain-site.xml');
    expect(plan.persons.map((p) => [p.key, p.profile.fullName, p.nicenames])).toEqual([['user:1', 'Ana Reyes', ['ana-reyes']]]);
    expect(bylinesOf(plan)).toEqual({ 'market-day': ['Ana Reyes:author'], 'library-reopens': ['Ana Reyes:author'] });
    expect(plan.issues).toEqual([]);
  });

  it('refuses a role mapping naming a role the site does not have, or of the wrong shape', () => {
    expect(() => parseRoleMapping({ categories: { reviewer: 'reviewer' } }, DEFAULT_CREDIT_ROLES)).toThrow(
      /"reviewer", which is not one of this site's credit roles/
    );
    expect(() => parseRoleMapping({ reviewer: 'editor' }, DEFAULT_CREDIT_ROLES)).toThrow(/must be \{ "categories"/);
  });

  it('names the line and column of a bad author categories row', () => {
    expect(() => parseAuthorCategories('post_id,author_term_id\n1,2\n')).toThrow(/no "category_slug" column/);
    expect(() => parseAuthorCategories('post_id,author_term_id,category_slug\n1,2,author\nx,2,author\n')).toThrow(
      /line 3, column "post_id": must be a whole number/
    );
  });

  it('derives nicenames and dates as WordPress writes them', () => {
    expect(nicenameOf('John.Doe')).toBe('john-doe');
    expect(nicenameOf('ana reyes')).toBe('ana-reyes');
    expect(isoDate('2024-05-06 08:30:00')).toBe('2024-05-06T08:30:00.000Z');
    expect(isoDate('Mon, 06 May 2024 08:30:00 +0000')).toBe('2024-05-06T08:30:00.000Z');
    expect(isoDate('0000-00-00 00:00:00')).toBeNull();
  });
});

describe('what an import remembers', () => {
  it('is keyed by the site, whatever the scheme or final slash, so two sites never meet', () => {
    expect(sourcePrefix('https://harbour.example.net/')).toBe(sourcePrefix('http://Harbour.example.net'));
    expect(sourcePrefix('https://harbour.example.net')).not.toBe(sourcePrefix('https://valley.example.com'));
    expect(sourcePrefix('https://harbour.example.net')).toMatch(/^wordpress:[0-9a-f]{12}$/);
  });
});
