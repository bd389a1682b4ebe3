import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/domain/csv';

describe('toCsv', () => {
  it('joins cells by the separator and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
    expect(toCsv([['a', 'b']], ';')).toBe('a;b\r\n');
    expect(toCsv([])).toBe('');
  });

  it('quotes a cell holding the separator, a quote or a line break, doubling quotes', () => {
    expect(toCsv([['Anne, bærbar', 'x']])).toBe('"Anne, bærbar",x\r\n');
    expect(toCsv([['Anne; bærbar', 'Anne, bærbar']], ';')).toBe('"Anne; bærbar";Anne, bærbar\r\n');
    expect(toCsv([['Sagt "hej"']])).toBe('"Sagt ""hej"""\r\n');
    expect(toCsv([['to\nlinjer', 'cr\rher']])).toBe('"to\nlinjer","cr\rher"\r\n');
  });

  it.each(['=1+1', '+45 12', '-2', '@SUM(A1)', '\tx', '\rx'])(
    'makes "%s" text with a quote in front, so a spreadsheet does not run it',
    (value) => {
      const line = toCsv([[value]]);
      expect(line.replace(/^"/, '')).toMatch(/^'/);
      expect(line).toContain(value.replace(/"/g, '""'));
    },
  );

  it('protects a formula that also needs quoting', () => {
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe(`"'=HYPERLINK(""http://x"",""y"")"\r\n`);
  });

  it('leaves a formula character later in the cell alone', () => {
    expect(toCsv([['a=b', 'x-y', 'mail@x']])).toBe('a=b,x-y,mail@x\r\n');
  });
});
