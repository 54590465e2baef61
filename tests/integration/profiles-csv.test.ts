import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFile } from 'child_process';
import { promisify } from 'util';
import { PLAYGROUND, startPlayground, type TestApp } from '../helpers/strapi';
import { createTestDatabase } from '../helpers/database';
import { stableJson } from '../helpers/snapshot';
import { REPORTER_UID } from '../helpers/newsroom';
import { parseCsv, writeCsv } from '../../server/src/import/csv';

const RECORD_UID = 'plugin::newsroom.import-record';
const BIN = path.resolve(__dirname, '..', '..', 'bin', 'strapi-newsroom.js');
const PASSWORD = 'Newsroom-demo-2026';
const LOGINS = {
  superAdmin: 'editor@newsroom.local',
  editor: 'desk-editor@newsroom.local',
  author: 'reporter@newsroom.local',
  viewer: 'viewer@newsroom.local',
};
type Login = keyof typeof LOGINS;

interface JobState {
  id: string;
  phase: string;
  done: number;
  total: number;
  error: string | null;
  report: {
    dryRun: boolean;
    profiles: { create: unknown[]; update: { row: number; columns: string[] }[]; unchanged: number; keptEdited: unknown[] };
    errors: unknown[];
    /** A WordPress import's entries. */
    entries?: { create: { post: string }[] };
  };
}

describe('reporter profiles as CSV (the seeded demo)', () => {
  let app: TestApp;
  const tokens = {} as Record<Login, string>;
  const service = () => app.strapi.plugin('newsroom').service('profilesCsv');

  /** Everything an import may write: every profile row (all locales, draft and published) and the import records. */
  const snapshot = async () =>
    stableJson({
      profiles: await app.strapi.db.query(REPORTER_UID).findMany({ orderBy: { id: 'asc' } }),
      records: await app.strapi.db.query(RECORD_UID).findMany({ orderBy: { id: 'asc' } }),
    });
  const table = (text: string) => {
    const [header, ...rows] = parseCsv(text);
    return { header, rows, cell: (row: string[], column: string) => row[header.indexOf(column)] };
  };
  /** The exported file with one cell changed in the row of `slug`. */
  const edited = (text: string, slug: string, changes: Record<string, string>) => {
    const { header, rows, cell } = table(text);
    const row = rows.find((r) => cell(r, 'slug') === slug)!;
    for (const [column, value] of Object.entries(changes)) row[header.indexOf(column)] = value;
    return writeCsv([header, ...rows]);
  };

  const exportOver = (login: Login) => app.http().get('/newsroom/reporters/export.csv').set('Authorization', `Bearer ${tokens[login]}`);
  const upload = (login: Login, text: string, fields: Record<string, string>) => {
    const req = app.http().post('/newsroom/import').set('Authorization', `Bearer ${tokens[login]}`);
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req.attach('file', Buffer.from(text, 'utf8'), { filename: 'profiles.csv', contentType: 'text/csv' });
  };
  /** The CAP fixture uploaded by the super admin as a WordPress import job. */
  const uploadWxr = (fields: Record<string, string>) => {
    const req = app.http().post('/newsroom/import').set('Authorization', `Bearer ${tokens.superAdmin}`).field('kind', 'wordpress');
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req.attach('file', fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'wordpress', 'cap-site.xml')), {
      filename: 'cap-site.xml',
      contentType: 'application/xml',
    });
  };
  /** Polls the job until it ends. */
  const finished = async (id: string): Promise<JobState> => {
    for (;;) {
      const res = await app.http().get(`/newsroom/import/${id}`).set('Authorization', `Bearer ${tokens.superAdmin}`).expect(200);
      if (res.body.data.phase === 'done' || res.body.data.phase === 'failed') return res.body.data;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
    for (const login of Object.keys(LOGINS) as Login[]) {
      const res = await app.http().post('/admin/login').send({ email: LOGINS[login], password: PASSWORD }).expect(200);
      tokens[login] = res.body.data.token;
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('exports every profile in every locale, and importing the export back changes nothing', async () => {
    const text: string = await service().exportCsv();
    const { header, rows, cell } = table(text);
    expect(header).toEqual(expect.arrayContaining(['documentId', 'updatedAt', 'fullName', 'jobTitle@en', 'jobTitle@uk', 'shortBio@uk']));
    const profiles = await app.strapi.db.query(REPORTER_UID).findMany({ where: { publishedAt: null, locale: 'en', mergedInto: null } });
    expect(rows).toHaveLength(profiles.length);
    const tim = rows.find((row) => cell(row, 'slug') === 'tim-zadorozhnyy')!;
    expect(cell(tim, 'jobTitle@uk')).not.toBe('');

    const before = await snapshot();
    const report = await service().run({ text });
    expect(report.errors).toEqual([]);
    expect(report.profiles).toMatchObject({ create: [], update: [], keptEdited: [], unchanged: rows.length });
    expect(await snapshot()).toBe(before);
  });

  it('a dry run writes nothing; the run creates and updates; a second run changes nothing', async () => {
    const exported: string = await service().exportCsv();
    const { header } = table(exported);
    const newRow = header.map(
      (column) =>
        ({
          fullName: 'Olena Hrytsenko',
          slug: 'olena-hrytsenko',
          beats: 'Health | Science',
          'jobTitle@en': 'Health reporter',
          'jobTitle@uk': 'Кореспондентка',
        })[column] ?? ''
    );
    // A new name without a slug: a second import finds it by the slug its name gives and the same name.
    const nameOnly = header.map((column) => ({ fullName: 'Pavlo Shevchuk', 'jobTitle@en': 'Photographer' })[column] ?? '');
    const text = edited(exported, 'tim-zadorozhnyy', { 'jobTitle@en': 'Chief correspondent', beats: 'War|Politics' }) + writeCsv([newRow, nameOnly]);

    const before = await snapshot();
    const plan = await service().run({ text, dryRun: true });
    expect(plan.errors).toEqual([]);
    expect(plan.profiles.create).toEqual([
      expect.objectContaining({ fullName: 'Olena Hrytsenko', documentId: null }),
      expect.objectContaining({ fullName: 'Pavlo Shevchuk', documentId: null }),
    ]);
    expect(plan.profiles.update).toEqual([expect.objectContaining({ columns: ['beats', 'jobTitle@en'] })]);
    expect(await snapshot()).toBe(before);

    const report = await service().run({ text });
    expect(report.profiles.create).toHaveLength(2);
    expect(report.profiles.update).toHaveLength(1);
    const olena = await app.strapi.db.query(REPORTER_UID).findMany({ where: { slug: 'olena-hrytsenko', publishedAt: null }, orderBy: { locale: 'asc' } });
    expect(olena.map((row: { locale: string; jobTitle: string }) => [row.locale, row.jobTitle])).toEqual([
      ['en', 'Health reporter'],
      ['uk', 'Кореспондентка'],
    ]);
    expect(olena[0].beats).toEqual(['Health', 'Science']);
    // The published profile shows the change: its published locales were published again.
    const tim = await app.strapi.db.query(REPORTER_UID).findOne({ where: { slug: 'tim-zadorozhnyy', locale: 'en', publishedAt: { $notNull: true } } });
    expect(tim.jobTitle).toBe('Chief correspondent');

    const afterFirst = await snapshot();
    const again = await service().run({ text });
    expect(again.profiles).toMatchObject({ create: [], update: [], keptEdited: [] });
    expect(await snapshot()).toBe(afterFirst);
  });

  it("keeps an editor's later change unless overwrite", async () => {
    const exported: string = await service().exportCsv();
    const tim = await app.strapi.db.query(REPORTER_UID).findOne({ where: { slug: 'tim-zadorozhnyy', locale: 'en', publishedAt: null } });
    // The file was exported an hour ago; the editor changes the profile now.
    const { rows, cell } = table(exported);
    const exportedAt = new Date(Date.parse(cell(rows.find((row) => cell(row, 'slug') === 'tim-zadorozhnyy')!, 'updatedAt')) - 3600_000).toISOString();
    await app.strapi.documents(REPORTER_UID as never).update({ documentId: tim.documentId, locale: 'en', data: { basedIn: 'Lviv' } } as never);
    const text = edited(exported, 'tim-zadorozhnyy', { pronouns: 'he/they', updatedAt: exportedAt });

    const kept = await service().run({ text });
    expect(kept.profiles.keptEdited).toEqual([expect.objectContaining({ documentId: tim.documentId })]);
    const stored = await app.strapi.db.query(REPORTER_UID).findOne({ where: { id: tim.id } });
    expect([stored.basedIn, stored.pronouns]).toEqual(['Lviv', tim.pronouns]);

    const overwritten = await service().run({ text, overwrite: true });
    expect(overwritten.profiles.update).toEqual([
      expect.objectContaining({ documentId: tim.documentId, columns: expect.arrayContaining(['basedIn', 'pronouns']) }),
    ]);
    const after = await app.strapi.db.query(REPORTER_UID).findOne({ where: { id: tim.id } });
    expect([after.basedIn, after.pronouns]).toEqual([tim.basedIn, 'he/they']);
  });

  it('lists every wrong row by row and column, and writes nothing, not even the good rows', async () => {
    const exported: string = await service().exportCsv();
    const { header, rows, cell } = table(exported);
    const taken = cell(rows[1], 'slug');
    const thief = [...rows[2]];
    thief[header.indexOf('slug')] = taken;
    const person = (cells: Record<string, string>) => header.map((column) => cells[column] ?? '');
    const text = writeCsv([
      header,
      rows[0],
      thief,
      person({ fullName: 'Ghost', documentId: 'nosuchprofile000000000000' }),
      person({ fullName: 'Bad Email', publicEmail: 'nope', 'shortBio@uk': 'x'.repeat(301) }),
      person({ fullName: 'Fine New Person' }),
      // The profile of row 2 again, by its name alone.
      person({ fullName: cell(rows[0], 'fullName') }),
    ]);
    const before = await snapshot();
    const report = await service().run({ text });
    expect(report.errors).toEqual([
      { row: 3, column: 'slug', message: `"${taken}" is already used by another reporter` },
      { row: 4, column: 'documentId', message: 'no reporter profile has documentId "nosuchprofile000000000000"' },
      { row: 5, column: 'publicEmail', message: 'must be a valid email address' },
      { row: 5, column: 'shortBio@uk', message: 'must be at most 300 characters' },
      { row: 7, column: null, message: 'is the same profile as row 2' },
    ]);
    expect(await snapshot()).toBe(before);
  });

  describe('over the admin routes', () => {
    it('export: a CSV download for a role that reads every profile; 403 for the Author', async () => {
      const res = await exportOver('viewer').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="reporter-profiles-\d{4}-\d\d-\d\d\.csv"$/);
      expect(res.text.startsWith('\uFEFFdocumentId,updatedAt,')).toBe(true);
      await exportOver('author').expect(403);
    });

    it('import: a dry run, then the run, as a job with a report', async () => {
      const exported: string = await service().exportCsv();
      const text = edited(exported, 'tim-zadorozhnyy', { basedIn: 'Odesa' });
      const before = await snapshot();
      const dry = await upload('superAdmin', text, { kind: 'csv', dryRun: 'true' }).expect(202);
      const planned = await finished(dry.body.data.id);
      expect(planned).toMatchObject({ phase: 'done', error: null, report: { dryRun: true, errors: [] } });
      expect(planned.report.profiles.update).toEqual([expect.objectContaining({ columns: ['basedIn'] })]);
      expect(await snapshot()).toBe(before);

      const run = await upload('editor', text, { kind: 'csv', dryRun: 'false' }).expect(202);
      const done = await finished(run.body.data.id);
      expect(done.report.profiles.update).toHaveLength(1);
      expect(done.total).toBeGreaterThan(0);
      expect(done.done).toBe(done.total);
      const tim = await app.strapi.db.query(REPORTER_UID).findOne({ where: { slug: 'tim-zadorozhnyy', locale: 'en', publishedAt: null } });
      expect(tim.basedIn).toBe('Odesa');
    });

    it.each([
      ['an unknown column', 'fullName,nickname\r\nA,b\r\n', 'row 1: unknown column "nickname"', { column: 'nickname', row: 1 }],
      [
        'an unknown locale',
        'fullName,jobTitle@fr\r\nA,b\r\n',
        'row 1: column "jobTitle@fr": unknown locale "fr" (the site\'s locales: en, uk)',
        { column: 'jobTitle@fr', row: 1 },
      ],
      ['a header without fullName', 'slug\r\na\r\n', expect.stringContaining('no "fullName" column'), { column: 'fullName', row: 1 }],
      ['a broken file', 'fullName\r\n"open\r\n', 'row 2: not a readable CSV file: line 2: a quoted field is not closed', { column: null, row: 2 }],
    ])('refuses %s with a 400 naming it, and starts no job', async (_what, text, message, details) => {
      const res = await upload('superAdmin', text, { kind: 'csv', dryRun: 'true' }).expect(400);
      expect(res.body.error).toMatchObject({ name: 'ValidationError', message, details });
    });

    it('refuses a bad kind, no file, and a file over importUploadMaxMiB', async () => {
      const kind = await upload('superAdmin', 'fullName\r\n', { kind: 'excel' }).expect(400);
      expect(kind.body.error.message).toBe('kind: must be wordpress or csv');
      const none = await app.http().post('/newsroom/import').set('Authorization', `Bearer ${tokens.superAdmin}`).field('kind', 'csv').expect(400);
      expect(none.body.error.message).toMatch(/^file: is required/);
      const config = app.strapi.config.get('plugin::newsroom') as { importUploadMaxMiB: number };
      const limit = config.importUploadMaxMiB;
      config.importUploadMaxMiB = 1;
      try {
        const big = await upload('superAdmin', `fullName\r\n${'A\r\n'.repeat(400000)}`, { kind: 'csv' }).expect(413);
        expect(big.body.error.message).toMatch(/^file: is larger than 1 MiB/);
      } finally {
        config.importUploadMaxMiB = limit;
      }
    });

    it('an Author or a read-only viewer may not import; nothing is written', async () => {
      const before = await snapshot();
      await upload('author', 'fullName\r\nSneaky\r\n', { kind: 'csv' }).expect(403);
      await upload('viewer', 'fullName\r\nSneaky\r\n', { kind: 'csv' }).expect(403);
      expect(await snapshot()).toBe(before);
    });

    it('runs a WordPress export too: a dry run reports the reporters to create and writes nothing', async () => {
      const before = await snapshot();
      const res = await uploadWxr({ dryRun: 'true' }).expect(202);
      const job = await finished(res.body.data.id);
      expect(job).toMatchObject({ phase: 'done', error: null, report: { dryRun: true } });
      expect(job.report.profiles.create.length).toBeGreaterThan(0);
      expect(await snapshot()).toBe(before);
    });

    it('creates the entries no post matches only when asked, and only for a WordPress export', async () => {
      const dryRun = async (createMissing: string) => {
        const res = await uploadWxr({ dryRun: 'true', createMissing }).expect(202);
        return (await finished(res.body.data.id)).report;
      };
      expect((await dryRun('false')).entries?.create).toEqual([]);
      // night-shift is published and would lack the required category (the command line's --entry-defaults): only the draft is created.
      expect((await dryRun('true')).entries?.create.map((e) => e.post)).toEqual(['who-wrote-this']);
      const csv = await upload('superAdmin', 'fullName\r\nA\r\n', { kind: 'csv', createMissing: 'true' }).expect(400);
      expect(csv.body.error.message).toBe('createMissing: applies to a WordPress export only');
    });

    it('runs one import at a time: a second, started while the first runs, is refused', async () => {
      const jobs = app.strapi.plugin('newsroom').service('importJobs');
      const file = (name: string) => {
        const where = path.join(os.tmpdir(), `newsroom-${name}-${process.pid}.csv`);
        fs.writeFileSync(where, 'fullName\r\nSomeone\r\n');
        return where;
      };
      const first = jobs.start({ kind: 'csv', file: file('first'), dryRun: true, overwrite: false, createMissing: false, scope: {} });
      // `start` answers before the job runs: the first is still running when the second asks.
      expect(() => jobs.start({ kind: 'csv', file: file('second'), dryRun: true, overwrite: false, createMissing: false, scope: {} })).toThrow(
        'Another import is running'
      );
      expect((await finished(first.id)).phase).toBe('done');
      const third = jobs.start({ kind: 'csv', file: file('third'), dryRun: true, overwrite: false, createMissing: false, scope: {} });
      expect((await finished(third.id)).report.profiles.create).toHaveLength(1);
    });

    it('an unknown job is a 404', async () => {
      await app.http().get('/newsroom/import/00000000-0000-4000-8000-000000000000').set('Authorization', `Bearer ${tokens.superAdmin}`).expect(404);
    });
  });

  it('the command line: import csv (dry run, run, again), export csv, a refused file', async () => {
    // Its own database: the command starts the site's Strapi in a process of its own.
    const db = await createTestDatabase();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-csv-'));
    const command = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args], {
          cwd: PLAYGROUND,
          env: { ...process.env, ...db.env, SEED_DEMO: 'false' },
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    };
    try {
      const people = path.join(tmp, 'people.csv');
      fs.writeFileSync(people, 'fullName,slug,jobTitle@en,jobTitle@uk\r\nAna Reyes,ana-reyes,Editor,Редакторка\r\nBo Lind,bo-lind,Reporter,\r\n');
      const dry = await command('import', 'csv', people, '--dry-run', '--plan', path.join(tmp, 'plan.json'));
      expect(dry.stdout).toContain('Dry run: nothing was changed.\nProfiles: 2 would be created, 0 updated, 0 unchanged');
      expect(JSON.parse(fs.readFileSync(path.join(tmp, 'plan.json'), 'utf8')).profiles.create).toHaveLength(2);
      const done = await command('import', 'csv', people);
      expect(done).toMatchObject({ code: 0, stdout: expect.stringContaining('Import finished.\nProfiles: 2 were created') });
      expect(done.stderr).toMatch(/Writing profiles +\[#+\] 100% 2\/2/);

      const exported = path.join(tmp, 'out.csv');
      const out = await command('export', 'csv', exported);
      expect(out.stdout).toContain(`2 profile(s) written to ${exported}`);
      const { rows, cell } = table(fs.readFileSync(exported, 'utf8'));
      expect(rows.map((row) => [cell(row, 'slug'), cell(row, 'jobTitle@uk')])).toEqual([
        ['ana-reyes', 'Редакторка'],
        ['bo-lind', ''],
      ]);
      const again = await command('import', 'csv', exported);
      expect(again.stdout).toContain('Profiles: 0 were created, 0 updated, 2 unchanged');

      fs.writeFileSync(people, 'fullName,publicEmail\r\nCy Moss,nope\r\n');
      const refused = await command('import', 'csv', people);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('The file has 1 problem(s); nothing was imported:\n  row 2, publicEmail: must be a valid email address\n');
      fs.writeFileSync(people, 'fullName,nickname\r\n');
      const badHeader = await command('import', 'csv', people);
      expect(badHeader.code).toBe(1);
      expect(badHeader.stderr).toContain('row 1: unknown column "nickname"');
      expect(badHeader.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await db.drop();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
