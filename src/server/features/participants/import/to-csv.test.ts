import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { toCsv } from './to-csv.ts';

describe('toCsv', () => {
  it('ends every record with CRLF and quotes only fields that need it', () => {
    expect(
      toCsv([
        ['email', 'name'],
        ['ana@example.org', 'Ana'],
        ['', 'Smith, Jo'],
      ]),
    ).toBe('email,name\r\nana@example.org,Ana\r\n,"Smith, Jo"\r\n');
  });

  it('doubles quotes and quotes fields with line breaks', () => {
    expect(toCsv([['say "hi"', 'a\nb', 'c\rd']])).toBe('"say ""hi""","a\nb","c\rd"\r\n');
  });

  it('quotes a field that starts with a byte-order mark so a reader does not drop it', () => {
    expect(toCsv([['\uFEFFx', 'y\uFEFF']])).toBe('"\uFEFFx",y\uFEFF\r\n');
  });

  it('starts with a byte-order mark when asked, for Excel', () => {
    expect(toCsv([['José']], { bom: true })).toBe('\uFEFFJosé\r\n');
  });

  it('writes nothing for no records', () => {
    expect(toCsv([])).toBe('');
  });

  it('round-trips any matrix of strings through parseCsv', () => {
    const tricky = fc.constantFrom('"', ',', '\r', '\n', '\r\n', '\uFEFF', ' ', "'", '=');
    // Any code point (lone surrogates too: the reader works on UTF-16 units), built directly because
    // fast-check's 'binary' unit takes over a second to set up.
    const anyCodePoint = fc.nat({ max: 0x10ffff }).map((codePoint) => String.fromCodePoint(codePoint));
    const cell = fc.string({ unit: fc.oneof(tricky, anyCodePoint) });
    const matrix = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(matrix, fc.boolean(), (records, bom) => {
        expect(parseCsv(toCsv(records, { bom })).map((record) => record.fields)).toEqual(records);
      }),
      { numRuns: 500 },
    );
  });
});
