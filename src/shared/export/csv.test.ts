// CSV injection: every way a cell can make a spreadsheet start a formula is neutralised.
import { describe, expect, it } from 'vitest';
import { csvCell } from './csv';

describe('csvCell', () => {
  it('neutralises the ASCII formula starters', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+4930123')).toBe("'+4930123");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
  it('neutralises a formula behind a space, tab, CR or newline', () => {
    expect(csvCell(' =cmd|"/c calc"!A1')).toBe(`"' =cmd|""/c calc""!A1"`);
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('\n=1+1')).toBe(`"'\n=1+1"`);
  });
  it('neutralises the full-width ＝ ＋ － ＠ that CJK spreadsheets read as formulas', () => {
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('＋86 138 0013 8000')).toBe("'＋86 138 0013 8000");
    expect(csvCell('－1')).toBe("'－1");
    expect(csvCell('＠SUM(A1)')).toBe("'＠SUM(A1)");
  });
  it('leaves ordinary text and numbers alone, quoting per RFC 4180', () => {
    expect(csvCell('Refund for [card number]')).toBe('Refund for [card number]');
    expect(csvCell('退款 = 已处理')).toBe('退款 = 已处理');
    expect(csvCell('Silva, "Ana"')).toBe('"Silva, ""Ana"""');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(undefined)).toBe('');
  });
});
