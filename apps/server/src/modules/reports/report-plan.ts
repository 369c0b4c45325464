import { areaLabelSv, interventionScope, subsetLabelSv, type GroupScope } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { associationScope } from '../../platform/access-control';
import { associationDirectory, individualInterventions, type GroupBy, type ReportScope } from './reports.repository';

/** The participations the actor may aggregate: whole associations, or assigned interventions only. */
export function reportScope(actor: Actor): ReportScope {
  const scope = associationScope(actor, 'report.read');
  if (scope.kind === 'all') return { all: true, associationIds: [], interventionIds: [] };
  const associationIds: string[] = [];
  const interventionIds: string[] = [];
  for (const id of scope.ids) {
    const within = interventionScope(actor.roles, 'report.read', id);
    if (within.kind === 'all') associationIds.push(id);
    else interventionIds.push(...within.ids);
  }
  return { all: false, associationIds, interventionIds };
}

/** One aggregation of a report: a grouping over a set of participations. */
export interface ReportPart {
  groupBy: GroupBy;
  scope: ReportScope;
  /**
   * A comparison over every förbund (the real län or riket beside the reader's own): other
   * förbund's figures, so always protected, whatever the reader may see of their own (decision 0020).
   */
  comparison: boolean;
}

export interface ReportPlan {
  parts: ReportPart[];
  /** Whether any part holds other förbund's figures. */
  compares: boolean;
  /** The label and scope of a group, from its level, key, database label and the förbund in it. */
  describe: (level: GroupBy, key: string, label: string, associationIds: readonly string[]) => DescribedGroup;
}

export interface DescribedGroup {
  label: string;
  scope: GroupScope;
}

/**
 * What a report of one grouping consists of for this actor. A user of one or a few förbund who
 * groups by län or riket gets their own förbund beside the real län and riket, over all förbund
 * (as SUS gave), not a "län" holding only their own figures; national roles get the grouping
 * as it is. Labels say what each group covers: a förbund column holding only assigned insatser
 * reads "Dina insatser i Finnveden (3 av 12)", a län "Jönköpings län (3 förbund)".
 */
export async function planReport(ex: Executor, actor: Actor, groupBy: GroupBy): Promise<ReportPlan> {
  const own = reportScope(actor);
  const scope = associationScope(actor, 'report.read');
  // The förbund the actor reads reports in, wholly or through assigned insatser.
  const mine = scope.kind === 'all' ? [] : scope.ids;
  const directory = await associationDirectory(ex);
  const parts: ReportPart[] = [{ groupBy, scope: own, comparison: false }];
  if (!own.all && (groupBy === 'county' || groupBy === 'national')) {
    const counties = new Set(directory.filter((a) => mine.includes(a.id)).map((a) => a.countyCode));
    const inCounties = directory.filter((a) => counties.has(a.countyCode)).map((a) => a.id);
    const comparison = (level: GroupBy, associationIds: string[]): ReportPart => ({
      groupBy: level,
      scope: { all: level === 'national', associationIds, interventionIds: [] },
      comparison: true,
    });
    // The reader's own förbund, then the real län, then riket.
    parts.splice(0, 1, { groupBy: 'association', scope: own, comparison: false }, comparison('county', inCounties));
    if (groupBy === 'national') parts.push(comparison('national', []));
  }
  // Insatser are counted where a group names one, or holds only some of a förbund's.
  const counted = groupBy === 'intervention' ? (own.all ? directory.map((a) => a.id) : mine) : own.all ? [] : mine;
  const interventions = await individualInterventions(ex, counted);
  const insatserOf = (associationId: string) =>
    interventions.filter((i) => i.associationId === associationId).map((i) => i.id);
  const nameable = (ids: string[]) => (own.all ? ids : ids.filter((id) => mine.includes(id)));

  const describe = (level: GroupBy, key: string, label: string, associationIds: readonly string[]): DescribedGroup => {
    const covering = (associations: string[]) => ({
      level,
      associations: { count: associations.length, ids: nameable(associations) },
    });
    if (level === 'intervention') {
      const associationId = associationIds[0]!;
      return {
        label,
        scope: {
          ...covering([associationId]),
          interventions: { ids: [key], of: insatserOf(associationId).length },
          complete: true,
        },
      };
    }
    if (level === 'association') {
      if (own.all || own.associationIds.includes(key))
        return { label, scope: { ...covering([key]), interventions: 'all', complete: true } };
      const all = insatserOf(key);
      const assigned = all.filter((id) => own.interventionIds.includes(id));
      const complete = assigned.length >= all.length;
      return {
        label: complete ? label : subsetLabelSv(label, assigned.length, all.length),
        scope: { ...covering([key]), interventions: complete ? 'all' : { ids: assigned, of: all.length }, complete },
      };
    }
    const members = directory.filter((a) => level === 'national' || a.countyCode === key).map((a) => a.id);
    return {
      label: areaLabelSv(label, members.length),
      scope: { ...covering(members), interventions: 'all', complete: true },
    };
  };
  return { parts, compares: parts.some((p) => p.comparison), describe };
}
