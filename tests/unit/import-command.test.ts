import path from 'path';
// The command line is plain JavaScript (it runs before anything is compiled), typed by its .d.ts.
import * as cli from '../../bin/strapi-newsroom';
import { redirectsCsv, redirectsFile, redirectsJson, authorPagePath } from '../../server/src/import/redirect-map';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'wordpress');

describe('the import command line', () => {
  it('turns the command into the service options, paths from the current directory', () => {
    const command = cli.parseCommand(
      [
        'import',
        'wordpress',
        'ppa-site.xml',
        '--dry-run',
        '--create-missing',
        '--roles',
        'ppa-roles.json',
        '--entry-defaults',
        '{"category":"world"}',
        '--redirects',
        'out.csv',
        '--max-size',
        '2',
      ],
      FIXTURES
    );
    expect(command.options).toMatchObject({
      file: path.join(FIXTURES, 'ppa-site.xml'),
      dryRun: true,
      overwrite: false,
      createMissing: true,
      entryDefaults: { category: 'world' },
      roleMapping: { categories: { reviewer: 'editor' } },
      maxBytes: 2 * 1024 * 1024,
    });
    expect(command.planFile).toBe(path.join(FIXTURES, 'wordpress-import-plan.json'));
    expect(command.redirectsFile).toBe(path.join(FIXTURES, 'out.csv'));
  });

  it.each([
    [['export', 'wordpress', 'x.xml'], /The commands are "import wordpress <export.xml>", "import csv <file.csv>" and "export csv <file.csv>"/],
    [['import', 'wordpress'], /Name one file: import wordpress <export.xml>/],
    [['import', 'csv'], /Name one file: import csv <file.csv>/],
    [['import', 'csv', 'people.xlsx'], /import csv names a .csv file/],
    [['import', 'csv', 'people.csv', '--create-missing'], /import csv does not take --create-missing/],
    [['export', 'csv', 'people.csv', '--dry-run'], /export csv does not take --dry-run/],
    [['import', 'wordpress', 'x.xml', '--bogus'], /bogus/],
    [['import', 'wordpress', 'x.xml', '--redirects', 'map.txt'], /\.csv or \.json/],
    [['import', 'wordpress', 'x.xml', '--entry-defaults', '[1]'], /JSON object/],
    [['import', 'wordpress', 'x.xml', '--max-size', 'big'], /--max-size/],
    [['import', 'wordpress', 'x.xml', '--roles', 'nowhere.json'], /Cannot read the role mapping/],
  ])('refuses %j with a usage message', (argv, message) => {
    expect(() => cli.parseCommand(argv, FIXTURES)).toThrow(message);
  });

  it('turns the CSV commands into their options', () => {
    expect(cli.parseCommand(['import', 'csv', 'people.csv', '--dry-run', '--overwrite'], FIXTURES)).toEqual({
      action: 'import-csv',
      options: { file: path.join(FIXTURES, 'people.csv'), dryRun: true, overwrite: true },
      planFile: path.join(FIXTURES, 'profiles-import-plan.json'),
    });
    expect(cli.parseCommand(['export', 'csv', 'out/people.CSV'], FIXTURES)).toEqual({ action: 'export-csv', file: path.join(FIXTURES, 'out', 'people.CSV') });
  });

  it('sums up a CSV import, or lists every row problem', () => {
    const profiles = { create: [{}], update: [{ row: 3, fullName: 'Inès Halloran', columns: ['beats', 'jobTitle@uk'] }], unchanged: 4, keptEdited: [] };
    expect(cli.csvSummary({ dryRun: true, profiles, errors: [] })).toBe(
      'Dry run: nothing was changed.\nProfiles: 1 would be created, 1 updated, 4 unchanged, 0 kept as an editor changed them.\n  row 3: Inès Halloran (beats, jobTitle@uk)\n'
    );
    expect(
      cli.csvSummary({
        dryRun: false,
        profiles,
        errors: [
          { row: 5, column: 'slug', message: 'is taken' },
          { row: 7, column: null, message: 'is short' },
        ],
      })
    ).toBe('The file has 2 problem(s); nothing was imported:\n  row 5, slug: is taken\n  row 7: is short\n');
  });

  it('draws a progress line', () => {
    expect(cli.progressLine({ phase: 'profiles', done: 5, total: 20 }, 10)).toBe('Writing profiles    [###-------]  25% 5/20');
    expect(cli.progressLine({ phase: 'reading', done: 1048576, total: 2097152 }, 4)).toBe('Reading the export  [##--]  50% 1.0/2.0 MiB');
  });

  it('sums up a run', () => {
    const text = cli.summary({
      dryRun: true,
      contentType: 'api::article.article',
      profiles: { create: [{}, {}], update: [], unchanged: 1, keptEdited: [{ fullName: 'Inès Halloran' }] },
      entries: { credit: [{}], create: [], unchanged: 0, keptEdited: [] },
      unmatched: [{ post: 'night-shift', reason: 'no entry' }],
      avatars: [],
      redirects: [],
    });
    expect(text).toContain('Dry run: nothing was changed.');
    expect(text).toContain('Profiles: 2 would be created, 0 updated, 1 unchanged, 1 kept as an editor changed them.');
    expect(text).toContain('  kept profile: Inès Halloran (use --overwrite to replace)');
    expect(text).toContain('  night-shift: no entry');
  });
});

describe('the redirect map', () => {
  const redirects = [
    { from: authorPagePath('tobrien'), to: 'https://example.org/reporters/tom-obrien' },
    { from: authorPagePath('odd,name'), to: 'https://example.org/reporters/odd' },
  ];
  it('as CSV and JSON, chosen by the file name', () => {
    expect(redirectsCsv(redirects)).toBe(
      'from,to\n/author/tobrien/,https://example.org/reporters/tom-obrien\n/author/odd%2Cname/,https://example.org/reporters/odd\n'
    );
    expect(JSON.parse(redirectsJson(redirects))).toEqual(redirects);
    expect(redirectsFile('map.CSV', redirects)).toBe(redirectsCsv(redirects));
    expect(() => redirectsFile('map.txt', redirects)).toThrow(/CSV or JSON/);
  });
});
