import {
  defaultMembers,
  memberComparison,
  simulate,
  toModelChanges,
  type MemberRef,
  type SimulationChange,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { countyList, regionMembersOf } from './allocation.repository';
import { withFinanceInput } from './finance-input';
import type { LoadedModelYear } from './model-results';

/**
 * The regions that match a förbund's state money: an Insikt förbund's region members; for a förbund
 * only in the model, the region of each county its kommuner lie in (named as Insikt names them).
 */
async function regionsResolver(ex: Executor, loaded: LoadedModelYear) {
  const linked = loaded.forbund.map((f) => f.associationId).filter((id): id is string => id !== null);
  const [regionMembers, counties] = await Promise.all([regionMembersOf(ex, linked), countyList(ex)]);
  const countyOf = new Map(loaded.kommunInputs.map((k) => [k.municipalityCode, k.countyCode]));
  const regions = new Map<string, MemberRef[]>();
  for (const f of loaded.forbund) {
    const names = f.associationId ? (regionMembers.get(f.associationId) ?? []) : [];
    const fromCounties = [...new Set(f.municipalityCodes.map((c) => countyOf.get(c)).filter((c) => c !== undefined))]
      .map((code) => counties.find((c) => c.code === code)!)
      .map((county) => defaultMembers(county, [])[2]!.name);
    regions.set(
      f.id,
      (names.length ? names : fromCounties).map((name) => ({ id: name, name })),
    );
  }
  return (id: string) => regions.get(id) ?? [];
}

/**
 * A simulation's result on the model year as it is now: before/after per förbund (core `simulate`),
 * the mergers' pooled equity re-tested, and before/after per member (core `memberComparison`). Changes
 * that no longer fit the year (a förbund since removed) give problems instead of a result.
 */
export async function simulationResult(ex: Executor, loaded: LoadedModelYear, changes: readonly SimulationChange[]) {
  if (!loaded.model) return { result: null, problems: loaded.problems };
  const model = loaded.model;
  const regionsOf = await regionsResolver(ex, loaded);
  const { changes: modelChanges, pooled } = toModelChanges(changes, loaded.guideline, (id) => loaded.figures.get(id));
  try {
    const simulated = withFinanceInput(() => simulate(model, modelChanges));
    const members = withFinanceInput(() => memberComparison(model, modelChanges, regionsOf));
    return { result: { ...simulated, pooled, members: members.rows, notSplit: members.notSplit }, problems: [] };
  } catch (error) {
    // A change that no longer fits the year is shown as a problem, not thrown.
    const message = (error as { issues?: { message: string }[] }).issues?.[0]?.message;
    if (message) return { result: null, problems: [message] };
    throw error;
  }
}
export type SimulationOutcome = Awaited<ReturnType<typeof simulationResult>>;
