import { FULL_TIME_HOURS } from '../participation';
import { PRICED_SUPPORT_CODES, type PricedSupportCode } from './price-list';

/** One person's economic situation over a year (socioeconomic.md "A situation"). */
export interface Situation {
  /** Work as a fraction of full time, 0–1. */
  work: number;
  /** Studies as a fraction of full time, 0–1 (shown; it carries no flow in the model). */
  study?: number;
  /** Per support code, the fraction of a full year's amount, 0–1. */
  support: Partial<Record<PricedSupportCode, number>>;
}

const priced = new Set<string>(PRICED_SUPPORT_CODES);

/**
 * The situation of a registered participant: work = hours / 40 (at most 1); the listed support
 * codes share the rest of the year equally, and codes without an amount (`lon`, `ingen_offentlig`,
 * `okand`, `annan`) take their share without carrying money.
 */
export function situationFromRecord(
  workHours: number | null,
  studyHours: number | null,
  supportCodes: readonly string[],
): Situation {
  const work = Math.min(Math.max(workHours ?? 0, 0) / FULL_TIME_HOURS, 1);
  const study = Math.min(Math.max(studyHours ?? 0, 0) / FULL_TIME_HOURS, 1);
  const codes = [...new Set(supportCodes)];
  const each = codes.length ? (1 - work) / codes.length : 0;
  const support: Situation['support'] = {};
  for (const code of codes) if (priced.has(code)) support[code as PricedSupportCode] = each;
  return { work, study, support };
}
