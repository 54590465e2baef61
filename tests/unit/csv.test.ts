import { CsvSyntaxError, csvField, parseCsv, unguardFormula, writeCsv } from '../../server/src/import/csv';

describe('reading CSV (RFC 4180)', () => {
  it('reads fields and records, CRLF, LF or CR between them', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a\rb\r')).toEqual([['a'], ['b']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('"x, y","say ""hi""","two\r\nlines"\r\nz,,\r\n')).toEqual([
      ['x, y', 'say "hi"', 'two\r\nlines'],
      ['z', '', ''],
    ]);
  });

  it('drops a byte-order mark and keeps empty fields', () => {
    expect(parseCsv('\uFEFFname,slug\r\n,\r\n')).toEqual([
      ['name', 'slug'],
      ['', ''],
    ]);
    expect(parseCsv('\uFEFF"quoted"')).toEqual([['quoted']]);
  });

  it('reads nothing from an empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });

  it.each([
    ['a,"open\r\nstill open', /line 1: a quoted field is not closed/],
    ['a,b\r\n"x"y,z', /line 2: text after the closing quote/],
    ['a,b"c', /line 1: a quote inside an unquoted field/],
    ['"multi\nline",ok\nx"', /line 3: a quote inside an unquoted field/],
  ])('refuses %j naming the line', (text, message) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    expect(() => parseCsv(text)).toThrow(message);
  });
});

describe('writing CSV', () => {
  it('quotes only what needs it and ends every record with CRLF', () => {
    expect(
      writeCsv([
        ['plain', 'with, comma', 'say "hi"', 'two\nlines', ' padded'],
        ['', 'x'],
      ])
    ).toBe('plain,"with, comma","say ""hi""","two\nlines"," padded"\r\n,x\r\n');
  });

  it.each(['=1+1', '+33 1', '-2', '@SUM(A1)', '\tx', '\rx'])('guards %j against a spreadsheet running it as a formula', (value) => {
    const field = csvField(value);
    expect(field.replace(/^"/, '').startsWith("'")).toBe(true);
    expect(unguardFormula(parseCsv(field)[0][0])).toBe(value);
  });

  // Except a text starting with an apostrophe then a formula character, which reads back as the guarded formula.
  it('reads back what it writes, whatever the text (generated)', () => {
    const alphabet = ['a', 'Я', ',', '"', '\r\n', '\n', ' ', '=', '-', '|', "'", 'é'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 300; round++) {
      const records = Array.from({ length: 1 + (next() % 4) }, () =>
        Array.from({ length: 1 + (next() % 4) }, () =>
          Array.from({ length: next() % 8 }, () => alphabet[next() % alphabet.length])
            .join('')
            .replace(/^'/, 'a')
        )
      );
      const back = parseCsv(writeCsv(records)).map((record) => record.map(unguardFormula));
      expect(back).toEqual(records);
    }
  });
});
