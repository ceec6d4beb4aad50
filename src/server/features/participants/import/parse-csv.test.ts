import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './parse-csv.ts';

const fieldsOf = (text: string) => parseCsv(text).map((record) => record.fields);

function syntaxErrorOf(text: string): CsvSyntaxError {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a CsvSyntaxError');
}

describe('parseCsv', () => {
  it('reads nothing from an empty text or a lone byte-order mark', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });

  it('drops a leading byte-order mark but keeps one anywhere else', () => {
    expect(fieldsOf('\uFEFFemail,role\na,\uFEFFb')).toEqual([
      ['email', 'role'],
      ['a', '\uFEFFb'],
    ]);
  });

  it('ends records at CRLF, LF or a lone CR alike', () => {
    const expected = [['a', 'b'], ['c', 'd'], ['e']];
    expect(fieldsOf('a,b\r\nc,d\r\ne\r\n')).toEqual(expected);
    expect(fieldsOf('a,b\nc,d\ne\n')).toEqual(expected);
    expect(fieldsOf('a,b\rc,d\re')).toEqual(expected);
    expect(fieldsOf('a,b\r\nc,d\ne\r')).toEqual(expected);
  });

  it('does not start a record after the final line break', () => {
    expect(fieldsOf('a\n')).toEqual([['a']]);
    expect(fieldsOf('a')).toEqual([['a']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fieldsOf(',a,,\n,')).toEqual([
      ['', 'a', '', ''],
      ['', ''],
    ]);
  });

  it('reads a blank line as a record with one empty field, so record numbers match spreadsheet rows', () => {
    const records = parseCsv('h\n\nx\n');
    expect(records).toEqual([
      { fields: ['h'], line: 1, record: 1 },
      { fields: [''], line: 2, record: 2 },
      { fields: ['x'], line: 3, record: 3 },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(fieldsOf('"Smith, Jo","say ""hi""","two\r\nlines","a\nb\rc",""\r\n')).toEqual([
      ['Smith, Jo', 'say "hi"', 'two\r\nlines', 'a\nb\rc', ''],
    ]);
  });

  it('reports the line each record starts on when quoted fields span lines', () => {
    const records = parseCsv('name,notes\r\n"Ana","line 1\r\nline 2\r\nline 3"\r\nBo,"x\ny"\nCy,z');
    expect(records.map(({ line, record }) => ({ line, record }))).toEqual([
      { line: 1, record: 1 },
      { line: 2, record: 2 },
      { line: 5, record: 3 },
      { line: 7, record: 4 },
    ]);
  });

  it('counts a lone CR inside a quoted field as a line, and CRLF as one', () => {
    expect(parseCsv('"a\rb\r\nc",x\nd').map((record) => record.line)).toEqual([1, 4]);
  });

  it('keeps a quote inside an unquoted field as text, as spreadsheets do', () => {
    expect(fieldsOf(`height\n5'11"\n`)).toEqual([['height'], [`5'11"`]]);
  });

  it('keeps spaces around fields and non-ASCII text as written', () => {
    expect(fieldsOf(' José , 日本語 ,🙂')).toEqual([[' José ', ' 日本語 ', '🙂']]);
  });

  it('refuses a quote that is never closed, saying on which line it opened', () => {
    const error = syntaxErrorOf('email,name\na@b.org,"Ana\nb@c.org,Bo\n');
    expect(error.message).toBe('unterminated quoted field: the quote opened on line 2 is never closed');
    expect({ line: error.line, record: error.record }).toEqual({ line: 2, record: 2 });
  });

  it('refuses text after a closing quote, since an undoubled quote was meant', () => {
    const error = syntaxErrorOf('a\n"x"\n"say "hi""\n');
    expect(error.message).toBe(
      'text after a closing quote on line 3; a quote inside a quoted field must be doubled ("")',
    );
    expect({ line: error.line, record: error.record }).toEqual({ line: 3, record: 3 });
  });

  it('counts lines inside earlier quoted fields when reporting an unterminated quote', () => {
    const error = syntaxErrorOf('a,b\n"1\n2",x\n"3');
    expect({ line: error.line, record: error.record }).toEqual({ line: 4, record: 3 });
  });
});
