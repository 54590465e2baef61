import { checkProfile, reporterProfileFields } from '../../../shared/reporter-profile-rules';
import { storedList } from '../../../shared/string-list';
import { parseCsv, unguardFormula, writeCsv, CsvSyntaxError } from './csv';
import type { StoredRow as Data } from '../domain/stored-row';
import type { ImportRowError } from '../../../shared/admin-api';

/**
 * Reporter profiles as a CSV file, one row per profile: the fields every locale shares in plain
 * columns, the localized ones as `field@locale` for every locale of the site, lists joined with
 * `|`. `documentId` is the key a re-import updates by (and `slug` when there is no documentId);
 * `updatedAt` says which version of the profile the row was exported from. Pure: the service
 * (services/import/profiles-csv.ts) reads and writes the database.
 *
 * The photo, the rich-text bio and the social links are not in the file: they are edited in the
 * admin, and an import leaves them as they are.
 */

/** Columns naming the row's profile, not fields it writes. */
export const KEY_COLUMNS = ['documentId', 'updatedAt'] as const;
/** The shared fields, in the file's order. */
export const SHARED_FIELDS = [
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
] as const;
export const LOCALIZED_FIELDS = ['jobTitle', 'shortBio'] as const;
const LIST_FIELDS = new Set<string>(['languages', 'beats', 'sameAs']);
const LIST_SEPARATOR = '|';
/** What an empty cell of these means: the schema's default. */
const DEFAULTS: Data = { staffStatus: 'active', bylineMode: 'named', noindex: false };

/** One profile as the file holds it: its shared fields and, per locale, its localized ones. */
export interface ProfileDocument {
  documentId: string | null;
  updatedAt: string | null;
  shared: Data;
  locales: Record<string, Data>;
}

/** A problem with one cell (or a whole row when `column` is null); `row` is the file's line as a spreadsheet numbers it (the header is 1). */
export type RowError = ImportRowError;

/** The file cannot be read as profiles at all (syntax, header): nothing of it is imported. */
export class ProfileCsvError extends Error {
  name = 'ProfileCsvError';
  constructor(
    message: string,
    readonly column: string | null = null,
    readonly row: number | null = null
  ) {
    super(message);
  }
}

export interface ProfileRow extends ProfileDocument {
  row: number;
  /** The columns this file has, so an update writes only those and compares only those. */
  columns: string[];
}

const localizedColumn = (field: string, locale: string) => `${field}@${locale}`;

/** The header of an export: key columns, shared fields, then each localized field in every locale. */
export const profileHeader = (locales: string[]): string[] => [
  ...KEY_COLUMNS,
  ...SHARED_FIELDS,
  ...LOCALIZED_FIELDS.flatMap((field) => locales.map((locale) => localizedColumn(field, locale))),
];

const cellOf = (field: string, value: unknown): string => {
  if (value === null || value === undefined) return field in DEFAULTS ? String(DEFAULTS[field]) : '';
  if (LIST_FIELDS.has(field)) return Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : '';
  return String(value);
};

/** Every column's cell for one profile, by column name. */
export const profileCells = (profile: ProfileDocument, locales: string[]): Record<string, string> => {
  const cells: Record<string, string> = { documentId: profile.documentId ?? '', updatedAt: profile.updatedAt ?? '' };
  for (const field of SHARED_FIELDS) cells[field] = cellOf(field, profile.shared[field]);
  for (const field of LOCALIZED_FIELDS) {
    for (const locale of locales) cells[localizedColumn(field, locale)] = cellOf(field, profile.locales[locale]?.[field]);
  }
  return cells;
};

/** The CSV text of an export. */
export const profilesCsv = (profiles: ProfileDocument[], locales: string[]): string => {
  const header = profileHeader(locales);
  return writeCsv([header, ...profiles.map((profile) => header.map((column) => profileCells(profile, locales)[column]))]);
};

interface Column {
  name: string;
  field: string;
  locale: string | null;
}

/** The header of an imported file; throws naming the column that is unknown, repeated or missing. */
export const readHeader = (names: string[], locales: string[]): Column[] => {
  const columns = names.map((raw): Column => {
    const name = raw.trim();
    const at = name.lastIndexOf('@');
    if (at === -1) {
      if (!(KEY_COLUMNS as readonly string[]).includes(name) && !(SHARED_FIELDS as readonly string[]).includes(name)) {
        const localized = (LOCALIZED_FIELDS as readonly string[]).includes(name);
        throw new ProfileCsvError(
          localized ? `column "${name}" needs a locale: ${locales.map((locale) => localizedColumn(name, locale)).join(', ')}` : `unknown column "${name}"`,
          name,
          1
        );
      }
      return { name, field: name, locale: null };
    }
    const field = name.slice(0, at);
    const locale = name.slice(at + 1);
    if (!(LOCALIZED_FIELDS as readonly string[]).includes(field))
      throw new ProfileCsvError(`unknown column "${name}" (only ${LOCALIZED_FIELDS.join(', ')} are per locale)`, name, 1);
    if (!locales.includes(locale))
      throw new ProfileCsvError(`column "${name}": unknown locale "${locale}" (the site's locales: ${locales.join(', ')})`, name, 1);
    return { name, field, locale };
  });
  const seen = new Set<string>();
  for (const { name } of columns) {
    if (seen.has(name)) throw new ProfileCsvError(`column "${name}" appears twice`, name, 1);
    seen.add(name);
  }
  if (!seen.has('fullName')) throw new ProfileCsvError('the header has no "fullName" column (the first line of the file names the columns)', 'fullName', 1);
  return columns;
};

/** A cell as the value a write gives the field; null for an empty optional cell. */
const valueOf = (field: string, cell: string): { value: unknown } | { problem: string } => {
  const text = unguardFormula(cell);
  if (LIST_FIELDS.has(field)) {
    return { value: storedList(text.split(LIST_SEPARATOR)) };
  }
  if (text.trim() === '') return { value: field in DEFAULTS ? DEFAULTS[field] : field === 'fullName' ? '' : null };
  if (field === 'noindex') {
    if (text === 'true' || text === 'false') return { value: text === 'true' };
    return { problem: 'must be true or false' };
  }
  return { value: text };
};

const isBlank = (record: string[]) => record.every((cell) => cell.trim() === '');

/**
 * The profiles of an imported file, each checked by the profile's own write rules (the shared
 * `reporterProfileFields` and `checkProfile`), with every problem as a row error naming its column.
 * Throws `ProfileCsvError` when the file itself cannot be read (syntax, header).
 */
export const readProfilesCsv = (text: string, locales: string[]): { rows: ProfileRow[]; errors: RowError[] } => {
  // Read as UTF-8, another encoding's letters become U+FFFD (spreadsheets often save in the system's).
  if (text.includes('\uFFFD')) throw new ProfileCsvError('the file is not UTF-8 text (save it as "CSV UTF-8")');
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ProfileCsvError(`not a readable CSV file: ${error.message}`, null, error.line);
    throw error;
  }
  if (records.length === 0) throw new ProfileCsvError('the file is empty (its first line names the columns)');
  const columns = readHeader(records[0], locales);
  const names = columns.map((column) => column.name);
  const rows: ProfileRow[] = [];
  const errors: RowError[] = [];
  const keys = new Map<string, number>();

  records.slice(1).forEach((record, index) => {
    const row = index + 2;
    if (isBlank(record)) return;
    if (record.length !== columns.length) {
      errors.push({ row, column: null, message: `has ${record.length} cells where the header has ${columns.length} columns` });
      return;
    }
    const profile: ProfileRow = { row, columns: names, documentId: null, updatedAt: null, shared: {}, locales: {} };
    const rowErrors: RowError[] = [];
    columns.forEach((column, i) => {
      const cell = record[i];
      if (column.field === 'documentId' || column.field === 'updatedAt') {
        profile[column.field] = cell.trim() === '' ? null : cell.trim();
        return;
      }
      // An empty slug keeps the stored one (a new profile gets one from its name).
      if (column.field === 'slug' && cell.trim() === '') return;
      const read = valueOf(column.field, cell);
      if ('problem' in read) {
        rowErrors.push({ row, column: column.name, message: read.problem });
        return;
      }
      if (column.locale) (profile.locales[column.locale] ??= {})[column.field] = read.value;
      else profile.shared[column.field] = read.value;
    });
    if (profile.updatedAt !== null && Number.isNaN(Date.parse(profile.updatedAt))) {
      rowErrors.push({ row, column: 'updatedAt', message: 'must be a date and time as the export writes it' });
    }

    // The profile's own rules, each problem at its column.
    const fieldErrors = (data: Data, locale: string | null) => {
      const parsed = reporterProfileFields.safeParse(data);
      if (parsed.success) return;
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        const column = locale ? localizedColumn(field, locale) : field;
        const item = typeof issue.path[1] === 'number' ? ` (item ${issue.path[1] + 1})` : '';
        if (!rowErrors.some((error) => error.column === column)) rowErrors.push({ row, column, message: `${issue.message}${item}` });
      }
    };
    fieldErrors(profile.shared, null);
    for (const [locale, data] of Object.entries(profile.locales)) fieldErrors(data, locale);
    for (const issue of checkProfile(profile.shared)) {
      const column = String(issue.path[0]);
      if (!rowErrors.some((error) => error.column === column)) rowErrors.push({ row, column, message: issue.message });
    }

    // Two rows for one profile would write it twice, the second over the first.
    for (const [column, key] of [
      ['documentId', profile.documentId],
      ['slug', profile.shared.slug],
    ] as const) {
      if (typeof key !== 'string') continue;
      const first = keys.get(`${column}:${key}`);
      if (first !== undefined) rowErrors.push({ row, column, message: `"${key}" is already on row ${first}` });
      else keys.set(`${column}:${key}`, row);
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else rows.push(profile);
  });
  return { rows, errors };
};

/**
 * The columns where the row differs from the stored profile, compared as the file writes them
 * (so `a | b` and `a|b` are the same list). Only the file's columns count; an empty slug cell
 * keeps the slug.
 */
export const changedColumns = (row: ProfileRow, stored: ProfileDocument, locales: string[]): string[] => {
  const wanted = profileCells(row, locales);
  const current = profileCells(stored, locales);
  return row.columns.filter((column) => {
    if ((KEY_COLUMNS as readonly string[]).includes(column)) return false;
    if (column === 'slug' && row.shared.slug === undefined) return false;
    return wanted[column] !== current[column];
  });
};
