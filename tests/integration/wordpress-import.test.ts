import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFile } from 'child_process';
import { promisify } from 'util';
import { PLAYGROUND, startPlayground, type TestApp } from '../helpers/strapi';
import { createTestDatabase } from '../helpers/database';
import { stableJson } from '../helpers/snapshot';
import { ARTICLE_UID, REPORTER_UID, restCredits } from '../helpers/newsroom';
import { writeWxr } from '../../bench/wxr-generator';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'wordpress');
const fixture = (name: string) => path.join(FIXTURES, name);
const RECORD_UID = 'plugin::newsroom.import-record';
const BIN = path.resolve(__dirname, '..', '..', 'bin', 'strapi-newsroom.js');

describe('importing reporters and bylines from WordPress', () => {
  let app: TestApp;
  let tmp: string;
  const importer = () => app.strapi.plugin('newsroom').service('wordpressImport');
  const run = (file: string, options: Record<string, unknown> = {}) => importer().run({ file, ...options });

  /** A published article with this slug and no credits, as the site's own migration of posts leaves it. */
  const article = async (slug: string, title = slug) => {
    const documents = app.strapi.documents(ARTICLE_UID as never);
    const created = (await documents.create({ locale: 'en', data: { title, slug, publishedDate: '2024-05-01', category: 'world' } } as never)) as any;
    await documents.publish({ documentId: created.documentId, locale: 'en' } as never);
    return created.documentId as string;
  };
  const documentIdOf = async (slug: string) =>
    ((await app.strapi.db.query(ARTICLE_UID).findOne({ where: { slug }, select: ['documentId'] })) as any)?.documentId as string | undefined;
  const profileNamed = async (fullName: string) => (await app.strapi.db.query(REPORTER_UID).findMany({ where: { fullName, publishedAt: null } })) as any[];

  /** Everything an import may write. */
  const snapshot = async () =>
    stableJson({
      profiles: await app.strapi.db.query(REPORTER_UID).findMany({ orderBy: { id: 'asc' } }),
      articles: await app.strapi.db
        .query(ARTICLE_UID)
        .findMany({ orderBy: { id: 'asc' }, populate: { credits: { populate: { reporter: { select: ['id'] } } } } }),
      records: await app.strapi.db.query(RECORD_UID).findMany({ orderBy: { id: 'asc' } }),
    });

  beforeAll(async () => {
    app = await startPlayground();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wp-'));
  });
  afterAll(async () => {
    await app?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('a Co-Authors Plus site', () => {
    let ferry: string;
    let wages: string;
    beforeAll(async () => {
      ferry = await article('ferry-strike', 'Ferry strike');
      wages = await article('port-wages', 'Port wages');
    });

    it('a dry run reports the plan and writes nothing', async () => {
      const before = await snapshot();
      const report = await run(fixture('cap-site.xml'), { dryRun: true });
      expect(await snapshot()).toBe(before);
      expect(report.dryRun).toBe(true);
      expect(report.profiles.create.map((p: any) => p.fullName)).toEqual(['Marta Kovalenko', "Tom O'Brien", 'Night Desk', 'Inès Halloran', 'Wire Pool']);
      expect(report.entries.credit.map((e: any) => [e.post, e.bylines])).toEqual([
        ['ferry-strike', ['Inès Halloran (author)', 'Marta Kovalenko (author)', "Tom O'Brien (author)"]],
        ['port-wages', ["Tom O'Brien (author)", 'Wire Pool (author)']],
      ]);
      expect(report.unmatched).toEqual([
        { post: 'who-wrote-this', reason: 'byline "cap-ghost-writer" names no user, guest author or author term in the export' },
        { post: 'night-shift', reason: 'no api::article.article entry has slug "night-shift" (--create-missing creates it)' },
        { post: 'who-wrote-this', reason: 'no api::article.article entry has slug "who-wrote-this" (--create-missing creates it)' },
      ]);
      expect(report.avatars).toEqual([{ fullName: 'Inès Halloran', url: 'https://harbour.example.net/wp-content/uploads/2023/03/ines.jpg' }]);
    });

    it('imports profiles (a linked account as one person) and credits the entries in byline order', async () => {
      const report = await run(fixture('cap-site.xml'));
      expect(report.profiles.create).toHaveLength(5);
      expect(await profileNamed("Tom O'Brien")).toHaveLength(1);
      const [ines] = await profileNamed('Inès Halloran');
      expect(ines).toMatchObject({
        shortBio: expect.stringMatching(/^Inès covers shipping/),
        sameAs: ['https://ines.example.org'],
        staffStatus: 'active',
        bylineMode: 'named',
      });
      expect(await restCredits(app, ferry)).toEqual([
        ['Inès Halloran', 'author'],
        ['Marta Kovalenko', 'author'],
        ["Tom O'Brien", 'author'],
      ]);
      expect(await restCredits(app, wages)).toEqual([
        ["Tom O'Brien", 'author'],
        ['Wire Pool', 'author'],
      ]);
      // The profiles are public, under the plugin's own reporter route.
      await app.http().get(`/api/newsroom/reporters/${ines.slug}`).expect(200);
      expect(report.redirects).toEqual(
        expect.arrayContaining([
          { from: '/author/tobrien/', to: expect.stringMatching(/^https:\/\/newsroom\.example\.org\/reporters\/tom-o-?brien$/) },
          { from: '/author/tom-obrien/', to: expect.stringMatching(/^https:\/\/newsroom\.example\.org\/reporters\/tom-o-?brien$/) },
          { from: '/author/ines-halloran/', to: `https://newsroom.example.org/reporters/${ines.slug}` },
        ])
      );
    });

    it('a second run of the same file changes nothing', async () => {
      const before = await snapshot();
      const report = await run(fixture('cap-site.xml'));
      expect(await snapshot()).toBe(before);
      expect(report.profiles).toMatchObject({ create: [], update: [], unchanged: 5, keptEdited: [] });
      expect(report.entries).toMatchObject({ credit: [], create: [], unchanged: 2, keptEdited: [] });
    });

    it("keeps an editor's later changes to a profile and to bylines, unless overwrite", async () => {
      const [ines] = await profileNamed('Inès Halloran');
      await app.strapi
        .documents(REPORTER_UID as never)
        .update({ documentId: ines.documentId, locale: 'en', data: { shortBio: 'Edited by the desk.' } } as never);
      const [tom] = await profileNamed("Tom O'Brien");
      await app.strapi
        .documents(ARTICLE_UID as never)
        .update({ documentId: wages, locale: 'en', data: { credits: [{ reporter: tom.documentId, role: 'editor' }] } } as never);

      const kept = await run(fixture('cap-site.xml'));
      expect(kept.profiles.keptEdited.map((p: any) => p.fullName)).toEqual(['Inès Halloran']);
      expect(kept.entries.keptEdited.map((e: any) => e.post)).toEqual(['port-wages']);
      expect((await profileNamed('Inès Halloran'))[0].shortBio).toBe('Edited by the desk.');

      const overwritten = await run(fixture('cap-site.xml'), { overwrite: true });
      expect(overwritten.profiles.update.map((p: any) => p.fullName)).toEqual(['Inès Halloran']);
      expect(overwritten.entries.credit.map((e: any) => e.post)).toEqual(['port-wages']);
      expect((await profileNamed('Inès Halloran'))[0].shortBio).toMatch(/^Inès covers shipping/);
      expect(await restCredits(app, wages)).toEqual([
        ["Tom O'Brien", 'author'],
        ['Wire Pool', 'author'],
      ]);
    });

    it('--create-missing creates the entries no post matched, published or draft as in WordPress', async () => {
      const report = await run(fixture('cap-site.xml'), { createMissing: true, entryDefaults: { category: 'world' }, bodyField: 'body' });
      expect(report.entries.create.map((e: any) => e.post)).toEqual(['night-shift', 'who-wrote-this']);
      const nightShift = (await documentIdOf('night-shift'))!;
      const rows = (await app.strapi.db
        .query(ARTICLE_UID)
        .findMany({ where: { documentId: nightShift }, select: ['title', 'publishedDate', 'publishedAt', 'body'] })) as any[];
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({
        title: 'Night shift at the container terminal',
        publishedDate: '2024-06-01',
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'The cranes work ' },
              { type: 'text', text: 'all night', bold: true },
              { type: 'text', text: ' at the container terminal.' },
            ],
          },
        ],
      });
      expect(await restCredits(app, nightShift)).toEqual([['Night Desk', 'author']]);
      const draft = (await documentIdOf('who-wrote-this'))!;
      expect(await app.strapi.db.query(ARTICLE_UID).count({ where: { documentId: draft, publishedAt: { $notNull: true } } })).toBe(0);
    });

    it('without a value for a required field, the entry is reported as not created, and the rest goes on', async () => {
      const report = await run(fixture('plain-site.xml'), { createMissing: true });
      expect(report.unmatched.map((u: any) => [u.post, u.reason.replace(/:.*/, '')])).toEqual([
        ['market-day', 'could not create the entry'],
        ['library-reopens', 'could not create the entry'],
      ]);
      expect(report.unmatched[0].reason).toMatch(/category/);
      expect(report.profiles.create.map((p: any) => p.fullName)).toEqual(['Ana Reyes']);
    });
  });

  it('a PublishPress Authors site: author terms, a term mapped to a user, roles from the categories', async () => {
    const report = await run(fixture('ppa-site.xml'), {
      createMissing: true,
      entryDefaults: { category: 'politics' },
      roleMapping: JSON.parse(fs.readFileSync(fixture('ppa-roles.json'), 'utf8')),
      authorCategoriesCsv: fs.readFileSync(fixture('ppa-author-relationships.csv'), 'utf8'),
    });
    expect(report.profiles.create.map((p: any) => p.fullName)).toEqual(['Oleh Bondar', 'Sara Lind', 'Dmytro Savchuk']);
    expect(await restCredits(app, (await documentIdOf('river-bridge-vote'))!)).toEqual([
      ['Oleh Bondar', 'author'],
      ['Sara Lind', 'photographer'],
      ['Dmytro Savchuk', 'editor'],
    ]);
    expect(await restCredits(app, (await documentIdOf('valley-road-floods'))!)).toEqual([
      ['Dmytro Savchuk', 'author'],
      ['Oleh Bondar', 'author'],
    ]);
    expect(report.unmatched).toEqual([
      { post: 'valley-road-floods', reason: 'author category "fact-checker" of "oleh" has no role in the mapping: credited as author' },
    ]);
    expect(report.redirects).toEqual(expect.arrayContaining([{ from: '/author/sara-lind/', to: 'https://newsroom.example.org/reporters/sara-lind' }]));
  });

  it('a plain single-author site: the post author is the byline', async () => {
    const slug = 'library-reopens';
    const documentId = await article(slug);
    const report = await run(fixture('plain-site.xml'));
    expect(report.profiles.unchanged).toBe(1);
    expect(await restCredits(app, documentId)).toEqual([['Ana Reyes', 'author']]);
  });

  describe('files it refuses, changing nothing', () => {
    const refuses = async (file: string, message: RegExp, options: Record<string, unknown> = {}) => {
      const before = await snapshot();
      await expect(run(file, options)).rejects.toThrow(message);
      expect(await snapshot()).toBe(before);
    };
    const write = (name: string, text: string) => {
      const file = path.join(tmp, name);
      fs.writeFileSync(file, text);
      return file;
    };

    it('a file that is not WXR', async () => {
      await refuses(write('feed.xml', '<rss><channel><title>A feed</title><item><title>x</title></item></channel></rss>'), /not a WordPress export \(WXR\)/);
      await refuses(write('people.csv', 'name,email\nA,a@example.org\n'), /not well-formed XML/);
      await refuses(path.join(tmp, 'missing.xml'), /no such file/);
    });

    it('a truncated export, cut after many posts: not one of them is written', async () => {
      const file = path.join(tmp, 'truncated.xml');
      const full = await writeWxr(file, { posts: 300, authors: 12 });
      await writeWxr(file, { posts: 300, authors: 12, truncateAt: Math.floor(full * 0.9) });
      await refuses(file, /not well-formed XML/, { createMissing: true, entryDefaults: { category: 'world' } });
    });

    it('external entities and entity expansion', async () => {
      const doctype = (subset: string) =>
        `<?xml version="1.0"?><!DOCTYPE rss [${subset}]><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>` +
        `<wp:author><wp:author_id>9</wp:author_id><wp:author_login>x</wp:author_login><wp:author_display_name>&e;</wp:author_display_name></wp:author></channel></rss>`;
      await refuses(write('xxe.xml', doctype('<!ENTITY e SYSTEM "file:///etc/passwd">')), /DOCTYPE/);
      await refuses(
        write('laughs.xml', doctype('<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY e "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">')),
        /DOCTYPE/
      );
    });

    it('a 1 GB file, before reading it', async () => {
      // Sparse: takes no disk, and is refused on its size alone.
      const file = path.join(tmp, 'huge.xml');
      fs.writeFileSync(file, '<?xml version="1.0"?>');
      fs.truncateSync(file, 1024 * 1024 * 1024);
      await refuses(file, /1024 MiB, over the 512 MiB this import reads/);
      fs.rmSync(file);
    });

    it('a body field that is not rich text', async () => {
      await refuses(fixture('cap-site.xml'), /"title" is not a rich-text attribute \(blocks or richtext\) of api::article.article/, {
        createMissing: true,
        bodyField: 'title',
      });
    });

    it('a role mapping naming a role the site does not have', async () => {
      await refuses(fixture('ppa-site.xml'), /"reviewer" to "reviewer", which is not one of this site's credit roles/, {
        roleMapping: { categories: { reviewer: 'reviewer' } },
      });
    });
  });

  it('the command line, from the site directory: dry run and plan, import, redirect map, summary, a refused file', async () => {
    // Its own database: the command starts the site's Strapi in a process of its own.
    const db = await createTestDatabase();
    const command = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args], {
          cwd: PLAYGROUND,
          env: { ...process.env, ...db.env, SEED_DEMO: 'false' },
          maxBuffer: 16 * 1024 * 1024,
        });
        return { code: 0, stdout, stderr };
      } catch (error: any) {
        return { code: error.code as number, stdout: error.stdout as string, stderr: error.stderr as string };
      }
    };
    try {
      const file = fixture('plain-site.xml');
      const planFile = path.join(tmp, 'plan.json');
      const create = ['--create-missing', '--entry-defaults', '{"category":"world"}'];
      const dry = await command('import', 'wordpress', file, '--dry-run', '--plan', planFile, ...create);
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain('Dry run: nothing was changed.');
      expect(dry.stdout).toContain('Profiles: 1 would be created');
      expect(dry.stderr).toMatch(/Reading the export +\[#+\] 100%/);
      expect(JSON.parse(fs.readFileSync(planFile, 'utf8')).entries.create.map((e: any) => e.post)).toEqual(['market-day', 'library-reopens']);

      const redirects = path.join(tmp, 'redirects.csv');
      const done = await command('import', 'wordpress', file, '--redirects', redirects, ...create);
      expect(done.code).toBe(0);
      expect(done.stdout).toContain('Profiles: 1 were created, 0 updated, 0 unchanged');
      expect(done.stdout).toContain('Entries (api::article.article): 0 were credited, 2 created');
      expect(done.stderr).toMatch(/Writing profiles +\[#+\] 100% 1\/1/);
      expect(done.stderr).toMatch(/Crediting entries +\[#+\] 100% 2\/2/);
      expect(fs.readFileSync(redirects, 'utf8')).toBe('from,to\n/author/ana-reyes/,https://newsroom.example.org/reporters/ana-reyes\n');

      const again = await command('import', 'wordpress', file, ...create);
      expect(again.stdout).toContain('Profiles: 0 were created, 0 updated, 1 unchanged');
      expect(again.stdout).toContain('0 were credited, 0 created, 2 unchanged');

      const refused = await command('import', 'wordpress', fixture('ppa-roles.json'));
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('The file is not well-formed XML');
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      const usage = await command('import', 'wordpress');
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('Usage: npx strapi-newsroom import wordpress');
    } finally {
      await db.drop();
    }
    // Four boots of the site's Strapi, each in a process of its own.
  }, 300_000);
});
