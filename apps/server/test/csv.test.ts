import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/modules/reports/outcome-table';

describe('CSV export', () => {
  it('keeps a value with a comma or semicolon in one quoted cell, so no formula can start a field', () => {
    const csv = toCsv([["Kurs,=cmd|' /C calc'!A0", 'a;b', '=SUM(A1)']]);
    expect(csv).toBe(`\uFEFF"Kurs,=cmd|' /C calc'!A0";"a;b";'=SUM(A1)\r\n`);
  });
});
