import { describe, expect, it } from 'vitest';
import { isoDateSchema } from './dates';

describe('isoDateSchema', () => {
  it('refuses years the database cannot store or that are no real dates here', () => {
    for (const d of ['0000-01-01', '0001-06-01', '1899-12-31', '2101-01-01', '9999-12-31'])
      expect(isoDateSchema().safeParse(d).success, d).toBe(false);
    for (const d of ['1900-01-01', '2024-02-29', '2100-12-31'])
      expect(isoDateSchema().safeParse(d).success, d).toBe(true);
  });
});
