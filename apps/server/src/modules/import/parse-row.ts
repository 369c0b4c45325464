import { findIdentityNumber, identityNumberMessage } from '@insikt/core';
import {
  EDUCATION_LEVELS,
  EXIT_REASONS,
  OCCUPATIONS,
  PUBLIC_SUPPORT_DURATIONS,
  SUPPORT_CODES,
  type Gender,
} from '@insikt/core';
import { hasControlCharacters, showControlCharacters } from '../../platform/control-characters';
import type { ImportColumn } from './columns';

export interface ImportIssue {
  row: number;
  column: string;
  value: string;
  message: string;
}

const MASKED_IDENTITY_NUMBER = '••••••-••••';

/** A cell's value as an error may show it: identity numbers masked, control characters replaced. */
export function shownValue(value: string): string {
  let shown = value;
  // Bounded: each pass masks one number, and a cell is at most a megabyte.
  for (let found = findIdentityNumber(shown); found; found = findIdentityNumber(shown))
    shown = shown.replace(found, MASKED_IDENTITY_NUMBER);
  return showControlCharacters(shown);
}

/** Whether the day exists (30 February does not); arithmetic, as the import checks millions of dates. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** A row's cells converted to typed values; conversion problems are collected, not thrown. */
export class RowReader {
  readonly issues: ImportIssue[] = [];
  constructor(
    readonly row: number,
    private readonly get: (column: ImportColumn) => string,
  ) {}

  private fail(column: ImportColumn, value: string, message: string) {
    this.issues.push({ row: this.row, column, value, message });
    return undefined;
  }

  text(column: ImportColumn): string | null {
    const value = this.get(column).trim();
    if (hasControlCharacters(value)) {
      this.fail(column, showControlCharacters(value), 'Cellen innehåller ett otillåtet styrtecken.');
      return null;
    }
    // Identity numbers belong in the personnummer column only, where they are hashed (decision 0011).
    const identityNumber = column === 'personnummer' ? null : findIdentityNumber(value);
    if (identityNumber) {
      this.fail(
        column,
        value.replace(identityNumber, MASKED_IDENTITY_NUMBER),
        identityNumberMessage(`Kolumnen ${column}`),
      );
      return null;
    }
    return value === '' ? null : value;
  }

  /** ISO date, also YYYYMMDD; must be a real date. */
  date(column: ImportColumn): string | null | undefined {
    const value = this.text(column);
    if (value === null) return null;
    const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
    if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
      return this.fail(column, value, 'Ogiltigt datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2025-03-14.');
    }
    return `${match[1]}-${match[2]}-${match[3]}`;
  }

  /** A number with decimal comma or point. */
  number(column: ImportColumn): number | null | undefined {
    const value = this.text(column);
    if (value === null) return null;
    const parsed = Number(value.replace(/\s/g, '').replace(',', '.'));
    if (!Number.isFinite(parsed) || !/^-?[\d\s]+([.,]\d+)?$/.test(value))
      return this.fail(column, value, 'Ogiltigt tal.');
    return parsed;
  }

  integer(column: ImportColumn): number | null | undefined {
    const value = this.number(column);
    if (value === undefined || value === null) return value;
    if (!Number.isInteger(value)) return this.fail(column, this.get(column), 'Ska vara ett heltal.');
    return value;
  }

  code<T extends string>(column: ImportColumn, codes: readonly T[]): T | null | undefined {
    const value = this.text(column);
    if (value === null) return null;
    const code = value
      .toLowerCase()
      .replace(/[\s-]+/g, '_')
      .replace(/[åä]/g, 'a')
      .replace(/ö/g, 'o');
    if ((codes as readonly string[]).includes(code)) return code as T;
    return this.fail(column, value, `Okänd kod. Tillåtna: ${codes.join(', ')}.`);
  }

  /** A list separated by ";" (or "," when the file's separator is ";"). */
  codes<T extends string>(column: ImportColumn, codes: readonly T[]): T[] | undefined {
    const value = this.text(column);
    if (value === null) return [];
    const result: T[] = [];
    for (const part of value
      .split(/[;,]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const code = part
        .toLowerCase()
        .replace(/[\s-]+/g, '_')
        .replace(/[åä]/g, 'a')
        .replace(/ö/g, 'o');
      if (!(codes as readonly string[]).includes(code))
        return this.fail(column, part, `Okänd kod. Tillåtna: ${codes.join(', ')}.`);
      if (!result.includes(code as T)) result.push(code as T);
    }
    return result;
  }

  gender(column: ImportColumn): Gender | null | undefined {
    const value = this.text(column);
    if (value === null) return null;
    const v = value.toLowerCase();
    if (v === 'k' || v === 'kvinna') return 'kvinna';
    if (v === 'm' || v === 'man') return 'man';
    return this.fail(column, value, 'Ange kvinna eller man (K eller M).');
  }

  /** ja/nej, empty for not given. */
  yesNo(column: ImportColumn): boolean | null | undefined {
    const v = this.text(column)?.toLowerCase() ?? null;
    if (v === null) return null;
    if (v === 'ja' || v === 'j') return true;
    if (v === 'nej' || v === 'n') return false;
    return this.fail(column, v, 'Ange ja eller nej.');
  }

  consent(column: ImportColumn): boolean | undefined {
    const value = this.text(column);
    const v = value?.toLowerCase();
    if (v === 'ja' || v === 'j') return true;
    if (v === 'nej' || v === 'n') return false;
    return this.fail(column, value ?? '', 'Ange samtycke: ja eller nej. Utan samtycke registreras deltagaren anonymt.');
  }
}

export const CODE_LISTS = {
  support: SUPPORT_CODES,
  exitReasons: EXIT_REASONS,
  education: EDUCATION_LEVELS,
  publicSupport: PUBLIC_SUPPORT_DURATIONS,
  occupations: OCCUPATIONS,
};
