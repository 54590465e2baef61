/**
 * CSV as RFC 4180 has it: fields separated by commas, records by CRLF (a lone LF or CR is
 * accepted too), a field with a comma, quote or line break between double quotes, a quote inside
 * one doubled. A UTF-8 byte-order mark at the start is dropped. Pure: no Strapi, no files.
 */

export class CsvSyntaxError extends Error {
  name = 'CsvSyntaxError';
  constructor(
    message: string,
    /** 1-based line of the file where the problem is. */
    readonly line: number
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** The records of a CSV text, each a list of fields. A line break at the very end adds no record. */
export const parseCsv = (text: string): string[][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // A quote opens a quoted field only as the field's first character.
  let atFieldStart = true;
  // Whether anything of the current record was read (so a final line break adds no empty record).
  let inRecord = false;

  const endField = () => {
    record.push(field);
    field = '';
    atFieldStart = true;
  };

  while (i < text.length) {
    const char = text[i];
    if (char === '"' && atFieldStart) {
      const opening = line;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError('a quoted field is not closed', opening);
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          field += '"';
          i += 2;
          continue;
        }
        if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) line += 1;
        field += text[i];
        i += 1;
      }
      i += 1;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvSyntaxError('text after the closing quote of a field (a quote inside a field is written twice: "")', line);
      }
      atFieldStart = false;
      inRecord = true;
    } else if (char === ',') {
      endField();
      inRecord = true;
      i += 1;
    } else if (char === '\r' || char === '\n') {
      endField();
      records.push(record);
      record = [];
      inRecord = false;
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
    } else if (char === '"') {
      throw new CsvSyntaxError('a quote inside an unquoted field (quote the whole field and write the quote twice: "")', line);
    } else {
      field += char;
      atFieldStart = false;
      inRecord = true;
      i += 1;
    }
  }
  if (inRecord) {
    endField();
    records.push(record);
  }
  return records;
};

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field as written: quoted when it must be, and, when it would start a spreadsheet formula,
 * prefixed with an apostrophe so the spreadsheet shows it as text.
 */
export const csvField = (value: string): string => {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** A CSV text: CRLF between records and after the last, as RFC 4180 writes it. */
export const writeCsv = (records: string[][]): string => records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');

/**
 * Undoes `csvField`'s guard on a field read back: the apostrophe before a formula character. A
 * value that really starts with an apostrophe followed by one of them cannot round-trip; no field
 * of a profile starts so.
 */
export const unguardFormula = (value: string): string => (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);
