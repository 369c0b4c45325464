import {
  allocateStateFunds,
  assessEquity,
  guidelineInForce,
  type AllocationResult,
  type EquityAssessment,
  type EquityGuideline,
  type ModelYear,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import {
  asGuidelines,
  findYear,
  kommunInputsOf,
  listGuidelines,
  modelForbundOf,
  type AllocationYearRecord,
  type ModelForbundRecord,
} from './allocation.repository';
import { guidelineInputsFor, type SourcedGuidelineFigures } from './guideline-inputs';
import { notFound } from '../../platform/errors';
import { withFinanceInput } from './finance-input';

export type KommunInputRecord = Awaited<ReturnType<typeof kommunInputsOf>>[number];

/** Everything the model of a year needs, as stored, and the model built from it. */
export interface LoadedModelYear {
  year: AllocationYearRecord;
  kommunInputs: KommunInputRecord[];
  forbund: ModelForbundRecord[];
  figures: Map<string, SourcedGuidelineFigures>;
  /** The guideline version in force at the start of the model year (decision 0053). */
  guideline: (EquityGuideline & { id: string }) | null;
  /** Each förbund's equity against the guideline; null when its equity or income is not known. */
  assessments: Map<string, EquityAssessment | null>;
  /** The model, when every kommun of every förbund has inputs; else the problems, in Swedish. */
  model: ModelYear | null;
  problems: string[];
}

export async function loadModelYear(ex: Executor, year: number): Promise<LoadedModelYear> {
  const row = await findYear(ex, year);
  if (!row) throw notFound(`Modellåret ${year}`);
  const [kommunInputs, forbund, versions] = await Promise.all([
    kommunInputsOf(ex, year),
    modelForbundOf(ex, year),
    listGuidelines(ex),
  ]);
  const figures = await guidelineInputsFor(ex, year, forbund);
  const inForce = guidelineInForce(asGuidelines(versions), `${year}-01-01`);
  const guideline = inForce ? { ...inForce, id: versions.find((v) => v.decidedOn === inForce.decided)!.id } : null;
  const assessments = new Map(
    forbund.map((f) => {
      const fig = figures.get(f.id);
      const known = fig && fig.equity !== null && fig.income !== null;
      return [f.id, known ? assessEquity(inForce, fig.income!, fig.equity!) : null] as const;
    }),
  );
  const inputs = new Map(kommunInputs.map((k) => [k.municipalityCode, k]));
  const problems: string[] = [];
  if (forbund.length === 0) problems.push(`Modellåret ${year} har inga förbund ännu.`);
  for (const f of forbund) {
    const missing = f.municipalityCodes.filter((c) => {
      const k = inputs.get(c);
      return !k || k.supportMeasure === null || k.inhabitants16to64 === null;
    });
    if (missing.length)
      problems.push(
        `${f.name}: kommun ${missing.join(', ')} saknar indata (försörjningsmått, invånare 16–64) för ${year}.`,
      );
  }
  const used = new Set(forbund.flatMap((f) => f.municipalityCodes));
  const model: ModelYear | null = problems.length
    ? null
    : {
        params: {
          distributable: row.distributable,
          baseGrant: row.baseGrant,
          supportMeasureWeight: row.supportMeasureWeight,
          protectionLimit: row.protectionLimit,
        },
        forbund: forbund.map((f) => ({
          id: f.id,
          name: f.name,
          kommunIds: f.municipalityCodes,
          previousAllocation: f.previousAllocation,
          aboveGuideline: assessments.get(f.id)?.losesProtection ?? false,
          requested: f.requested,
        })),
        kommuner: kommunInputs
          .filter((k) => used.has(k.municipalityCode))
          .map((k) => ({
            id: k.municipalityCode,
            name: k.name,
            supportMeasure: k.supportMeasure!,
            inhabitants16to64: k.inhabitants16to64!,
          })),
      };
  return { year: row, kommunInputs, forbund, figures, guideline, assessments, model, problems };
}

/** The model's result for the year (core `allocateStateFunds`), or the reason it cannot be computed. */
export function resultOf(loaded: LoadedModelYear): { result: AllocationResult | null; problems: string[] } {
  if (!loaded.model) return { result: null, problems: loaded.problems };
  const { params, forbund, kommuner } = loaded.model;
  try {
    return { result: withFinanceInput(() => allocateStateFunds(params, forbund, kommuner)), problems: [] };
  } catch (error) {
    // Inputs a system administrator has yet to fix (e.g. base grants above D) are shown, not thrown.
    const message = (error as { issues?: { message: string }[] }).issues?.[0]?.message;
    if (message) return { result: null, problems: [message] };
    throw error;
  }
}
