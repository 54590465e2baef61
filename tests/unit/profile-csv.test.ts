import { parseCsv } from '../../server/src/import/csv';
import { ProfileCsvError, changedColumns, profileHeader, profilesCsv, readProfilesCsv, type ProfileDocument } from '../../server/src/import/profile-csv';

const LOCALES = ['en', 'uk'];
const HEADER = profileHeader(LOCALES).join(',');

const profile: ProfileDocument = {
  documentId: 'abc123def456ghi789jkl012',
  updatedAt: '2026-01-02T03:04:05.000Z',
  shared: {
    slug: 'ines-halloran',
    fullName: 'Inès Halloran',
    pronouns: 'she/her',
    basedIn: 'Kyiv',
    languages: ['en', 'uk'],
    beats: ['Energy', 'Courts'],
    sameAs: ['https://www.wikidata.org/wiki/Q1'],
    publicEmail: null,
    staffStatus: 'active',
    bylineMode: 'named',
    noindex: false,
    photoAlt: null,
    internalNotes: '=not a formula',
  },
  locales: { en: { jobTitle: 'Energy reporter', shortBio: 'Covers "grids", pipelines,\nand courts.' }, uk: { jobTitle: 'Кореспондентка', shortBio: null } },
};

describe('the profiles CSV', () => {
  it('names the key columns, the shared fields, then each localized field in every locale', () => {
    expect(profileHeader(LOCALES)).toEqual([
      'documentId',
      'updatedAt',
      'slug',
      'fullName',
      'pronouns',
      'basedIn',
      'languages',
      'beats',
      'sameAs',
      'publicEmail',
      'staffStatus',
      'bylineMode',
      'noindex',
      'photoAlt',
      'internalNotes',
      'jobTitle@en',
      'jobTitle@uk',
      'shortBio@en',
      'shortBio@uk',
    ]);
  });

  it('writes one row per profile, lists joined with |, formulas guarded', () => {
    const [header, row] = parseCsv(profilesCsv([profile], LOCALES));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('beats')).toBe('Energy|Courts');
    expect(cell('internalNotes')).toBe("'=not a formula");
    expect(cell('shortBio@en')).toBe('Covers "grids", pipelines,\nand courts.');
    expect(cell('shortBio@uk')).toBe('');
  });

  it('reads back what it exports: nothing changed', () => {
    const { rows, errors } = readProfilesCsv(profilesCsv([profile], LOCALES), LOCALES);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ row: 2, documentId: profile.documentId, updatedAt: profile.updatedAt });
    expect(rows[0].shared.internalNotes).toBe('=not a formula');
    expect(changedColumns(rows[0], profile, LOCALES)).toEqual([]);
  });

  it('compares as the file writes: spaces around list items and an empty slug change nothing', () => {
    const text = `fullName,slug,beats,noindex\r\nInès Halloran,, Energy | Courts ,\r\n`;
    const { rows } = readProfilesCsv(text, LOCALES);
    expect(changedColumns(rows[0], profile, LOCALES)).toEqual([]);
    const edited = readProfilesCsv('fullName,jobTitle@uk\r\nInès Halloran,Редакторка\r\n', LOCALES).rows[0];
    expect(changedColumns(edited, profile, LOCALES)).toEqual(['jobTitle@uk']);
  });

  it('reads empty cells as the schema defaults or nothing', () => {
    const { rows } = readProfilesCsv('fullName,staffStatus,bylineMode,noindex,beats,pronouns\r\nNew Person,,,,,\r\n', LOCALES);
    expect(rows[0].shared).toEqual({ fullName: 'New Person', staffStatus: 'active', bylineMode: 'named', noindex: false, beats: null, pronouns: null });
  });

  it('skips blank lines but counts them in row numbers', () => {
    const { rows } = readProfilesCsv('fullName\r\nA\r\n\r\nB\r\n', LOCALES);
    expect(rows.map((row) => row.row)).toEqual([2, 4]);
  });

  it.each([
    ['fullName,nickname', 'unknown column "nickname"', 'nickname'],
    ['fullName,jobTitle', 'column "jobTitle" needs a locale: jobTitle@en, jobTitle@uk', 'jobTitle'],
    ['fullName,jobTitle@fr', 'column "jobTitle@fr": unknown locale "fr" (the site\'s locales: en, uk)', 'jobTitle@fr'],
    ['fullName,slug@en', 'unknown column "slug@en" (only jobTitle, shortBio are per locale)', 'slug@en'],
    ['fullName,slug,slug', 'column "slug" appears twice', 'slug'],
    ['slug', 'the header has no "fullName" column (the first line of the file names the columns)', 'fullName'],
  ])('refuses the header %j naming the column', (header, message, column) => {
    expect(() => readProfilesCsv(`${header}\r\n`, LOCALES)).toThrow(new ProfileCsvError(message));
    try {
      readProfilesCsv(`${header}\r\n`, LOCALES);
    } catch (error) {
      expect(error).toMatchObject({ column, row: 1 });
    }
  });

  it('refuses a file that was not UTF-8', () => {
    const windows1251 = Buffer.from([0x66, 0x75, 0x6c, 0x6c, 0x4e, 0x61, 0x6d, 0x65, 0x0d, 0x0a, 0xcf, 0xe0, 0xe2, 0xeb, 0xee]).toString('utf8');
    expect(() => readProfilesCsv(windows1251, LOCALES)).toThrow('the file is not UTF-8 text (save it as "CSV UTF-8")');
  });

  it('refuses an empty file and a broken one with its line', () => {
    expect(() => readProfilesCsv('', LOCALES)).toThrow('the file is empty');
    expect(() => readProfilesCsv('fullName\r\n"open', LOCALES)).toThrow(expect.objectContaining({ row: 2, message: expect.stringContaining('not closed') }));
  });

  it('checks every row by the profile rules, each problem at its row and column', () => {
    const text = [
      `${HEADER}`,
      `,,,Good Row,,,,,,,,,,,,,,,`,
      `,,Bad Slug!,,,,en|en_GB,,ftp://x,not-an-email,retired,named,maybe,,,,,${'x'.repeat(301)},`,
      `,,,Short,,,,,,,,,,,,,,`,
      `,,good-row,Twin,,,,,,,,,,,,,,,`,
      `,,good-row,Twin Again,,,,,,,,,,,,,,,`,
    ].join('\r\n');
    const { rows, errors } = readProfilesCsv(text, LOCALES);
    expect(rows.map((row) => row.shared.fullName)).toEqual(['Good Row', 'Twin']);
    expect(errors).toEqual([
      { row: 3, column: 'noindex', message: 'must be true or false' },
      { row: 3, column: 'fullName', message: 'must not be empty' },
      { row: 3, column: 'slug', message: expect.any(String) },
      { row: 3, column: 'languages', message: expect.stringContaining('(item 2)') },
      { row: 3, column: 'sameAs', message: expect.stringContaining('(item 1)') },
      { row: 3, column: 'publicEmail', message: 'must be a valid email address' },
      { row: 3, column: 'staffStatus', message: 'must be one of active, alumni' },
      { row: 3, column: 'shortBio@en', message: expect.stringContaining('300') },
      { row: 4, column: null, message: 'has 18 cells where the header has 19 columns' },
      { row: 6, column: 'slug', message: '"good-row" is already on row 5' },
    ]);
  });

  it('refuses an updatedAt that is not a date', () => {
    const { errors } = readProfilesCsv('fullName,updatedAt\r\nA,yesterday\r\n', LOCALES);
    expect(errors).toEqual([{ row: 2, column: 'updatedAt', message: 'must be a date and time as the export writes it' }]);
  });
});
