import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './neutralise-cell.ts';

describe('neutraliseCell', () => {
  it.each(['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', '\0=1'])(
    'prefixes a quote to %j so a spreadsheet reads it as text',
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  it.each(['', 'Ana', ' =1', 'a=b', "'already", '1-2', 'ana@example.org'])('leaves %j unchanged', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });
});
