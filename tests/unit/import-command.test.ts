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
    [['export', 'wordpress', 'x.xml'], /only command is "import wordpress/],
    [['import', 'wordpress'], /Name one export file/],
    [['import', 'wordpress', 'x.xml', '--bogus'], /bogus/],
    [['import', 'wordpress', 'x.xml', '--redirects', 'map.txt'], /\.csv or \.json/],
    [['import', 'wordpress', 'x.xml', '--entry-defaults', '[1]'], /JSON object/],
    [['import', 'wordpress', 'x.xml', '--max-size', 'big'], /--max-size/],
    [['import', 'wordpress', 'x.xml', '--roles', 'nowhere.json'], /Cannot read the role mapping/],
  ])('refuses %j with a usage message', (argv, message) => {
    expect(() => cli.parseCommand(argv, FIXTURES)).toThrow(message);
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
