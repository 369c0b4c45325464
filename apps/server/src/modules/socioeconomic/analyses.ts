import type { z } from 'zod';
import { withAccountsActualCost } from '../finance/insats-actual-cost';
import {
  groupKey,
  interventionScope,
  needsSuppression,
  poolSmallGroups,
  priceListFromRows,
  recordedCost,
  situationFromRecord,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type AnalysisGroup,
  type SocioeconomicAnalysisInput,
  type SocioeconomicCase,
  type SocioeconomicInput,
} from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize, authorizeIntervention } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { findIntervention } from '../interventions/interventions.repository';
import {
  exitedSituations,
  findAnalysis,
  insertAnalysis,
  listAnalyses,
  type AnalysisRecord,
} from './analyses.repository';
import { socioeconomicReport, type SocioeconomicReport } from './calculate';
import { assertShowable, isShowable, protectedGroups } from './analysis-disclosure';
import { readablePriceList } from './price-lists';
import type { savedAnalysis } from './socioeconomic.responses';
import { activePriceList } from './price-lists.repository';

export interface AnalysisCost {
  total: number;
  perParticipant: number;
  source: 'recorded' | 'entered';
  years: { year: number; amount: number; kind: 'actual' | 'budget' }[];
}

export interface AnalysisPreview {
  mode: 'participants' | 'typfall';
  /** The participant groups with derived and used situations; empty for typfall. */
  groups: AnalysisGroup[];
  /** Whether small groups were merged for the actor's role. */
  pooled: boolean;
  cost: AnalysisCost;
  input: SocioeconomicInput;
  report: SocioeconomicReport;
}

function groupsFrom(
  rows: Awaited<ReturnType<typeof exitedSituations>>,
  overrides: SocioeconomicAnalysisInput['overrides'],
) {
  const groups = new Map<string, AnalysisGroup>();
  for (const row of rows) {
    const before = situationFromRecord(row.workHoursBefore, row.studyHoursBefore, row.supportBefore);
    const after = situationFromRecord(row.workHoursAfter, row.studyHoursAfter, row.supportAfter);
    const key = groupKey(row.gender, before, after);
    const existing = groups.get(key);
    if (existing) {
      existing.weight += row.count;
      continue;
    }
    const override = overrides[key];
    groups.set(key, {
      key,
      gender: row.gender,
      weight: row.count,
      derived: { before, after },
      before: override?.before ?? before,
      after: override?.after ?? after,
      overridden: override !== undefined,
    });
  }
  return [...groups.values()].sort((a, b) => b.weight - a.weight);
}

/**
 * Computes an analysis of an insats without saving it: the groups of exited participants (or the
 * typfall), the cost per participant, the model's input and the report. Roles without
 * personal-data access get small groups merged (the results do not change).
 */
export async function previewAnalysis(
  ex: Executor,
  actor: Actor,
  associationId: string,
  interventionId: string,
  body: SocioeconomicAnalysisInput,
): Promise<AnalysisPreview> {
  authorizeIntervention(actor, 'socioeconomic.analyse', associationId, interventionId);
  const found = await findIntervention(ex, associationId, interventionId);
  if (!found) throw notFound('Insatsen');
  // The recorded cost is the accounts' where the förbund keeps them (decision 0051).
  const [intervention] = await withAccountsActualCost(ex, associationId, [found]);
  const stored = body.priceListId
    ? await readablePriceList(ex, actor, body.priceListId)
    : await activePriceList(ex, associationId, Number(body.to.slice(0, 4)));
  if (!stored) throw notFound('Prislistan');

  const pooled = !mayReadExactly(actor, associationId);
  let groups: AnalysisGroup[] = [];
  let cases: SocioeconomicCase[];
  if (body.typfall) {
    cases = body.typfall;
  } else {
    groups = pooled
      ? protectedGroups(groupsFrom(await exitedSituations(ex, interventionId, body.from, body.to, null), {}), body)
      : groupsFrom(await exitedSituations(ex, interventionId, body.from, body.to, body.gender ?? null), body.overrides);
    cases = casesOf(groups);
  }
  const participants = cases.reduce((s, c) => s + c.weight, 0);
  const recorded = recordedCost(intervention!.budgets, body.from, body.to);
  const total = body.totalCost ?? recorded.total;
  const cost: AnalysisCost = {
    total,
    perParticipant: participants ? total / participants : 0,
    source: body.totalCost == null ? 'recorded' : 'entered',
    years: recorded.years,
  };
  const input: SocioeconomicInput = {
    priceList: priceListFromRows(stored.rows),
    costPerParticipant: cost.perParticipant,
    fundingShares: body.fundingShares,
    persistence: body.persistence,
    discountRate: body.discountRate,
    cases,
  };
  const report = socioeconomicReport(input, {
    id: stored.id,
    name: stored.name,
    year: stored.year,
    version: stored.version,
    isExample: stored.isExample,
  });
  return {
    mode: body.typfall ? 'typfall' : 'participants',
    groups,
    pooled: pooled && !body.typfall,
    cost,
    input,
    report,
  };
}

/** Saves an analysis with everything needed to reproduce it, and audits it. */
export async function saveAnalysis(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  body: SocioeconomicAnalysisInput & { name: string },
): Promise<AnalysisRecord> {
  const preview = await previewAnalysis(tx, actor, associationId, interventionId, body);
  const row = await insertAnalysis(tx, {
    associationId,
    interventionId,
    name: body.name,
    periodFrom: body.from,
    periodTo: body.to,
    priceListId: preview.report.priceList.id,
    priceListVersion: preview.report.priceList.version ?? 0,
    input: { choices: body, cost: preview.cost, mode: preview.mode, groups: preview.groups, model: preview.input },
    result: preview.report,
    createdBy: actor.userId,
  });
  await writeAudit(tx, actor, {
    action: 'socioeconomic.analysis.create',
    entityType: 'socioeconomic_analysis',
    entityId: row.id,
    associationId,
    details: {
      name: body.name,
      interventionId,
      from: body.from,
      to: body.to,
      participants: preview.report.participants,
    },
  });
  return row;
}

/** A saved analysis as answered: the response schema is its one definition. */
export type SavedAnalysis = z.output<typeof savedAnalysis>;

const casesOf = (groups: readonly AnalysisGroup[]): SocioeconomicCase[] =>
  groups.map(({ key, gender, weight, before, after, label }) => ({
    label: label ?? key,
    gender,
    weight,
    before,
    after,
  }));

const mayReadExactly = (actor: Actor, associationId: string) =>
  actor.operator === true || !needsSuppression(actor.roles, associationId);

/**
 * A saved analysis as the actor may see it. Roles without personal-data access get the groups
 * merged as in a protected preview, the model's cases and per-case results recomputed from the
 * merged groups (the totals do not change), and no overrides (their keys name groups); the
 * national reader gets results only, no inputs (issue 11).
 */
function visible(
  actor: Actor,
  associationId: string,
  row: AnalysisRecord & { interventionName?: string },
): SavedAnalysis {
  const analysis = row as unknown as SavedAnalysis;
  if (mayReadExactly(actor, associationId)) return analysis;
  assertShowable({ ...analysis, mode: analysis.input.mode, groups: analysis.input.groups });
  const national = actor.roles.some((r) => r.role === 'national_reader');
  // Typfall are entered figures about nobody: shown as saved, apart from the national reader's inputs.
  const participants = analysis.input.mode === 'participants';
  const groups = participants
    ? poolSmallGroups(analysis.input.groups, DEFAULT_SUPPRESSION_THRESHOLD)
    : analysis.input.groups;
  const model = participants ? { ...analysis.input.model, cases: casesOf(groups) } : analysis.input.model;
  let result = analysis.result;
  if (participants) {
    const { values: _values, ...used } = analysis.result.priceList;
    result = socioeconomicReport(model, used);
  }
  return {
    ...analysis,
    input: {
      ...analysis.input,
      choices: analysis.input.choices && { ...analysis.input.choices, overrides: {} },
      groups: national ? [] : groups,
      model: national && model ? { ...model, cases: [] } : model,
    },
    result: national && result ? { ...result, byCase: undefined } : result,
  };
}

export async function getAnalysis(
  ex: Executor,
  actor: Actor,
  associationId: string,
  interventionId: string,
  id: string,
): Promise<SavedAnalysis> {
  authorizeIntervention(actor, 'socioeconomic.read', associationId, interventionId);
  const row = await findAnalysis(ex, interventionId, id);
  if (!row || row.associationId !== associationId) throw notFound('Analysen');
  return visible(actor, associationId, row);
}

/** Saved analyses of one insats, or of every insats the actor may read in the förbund (comparison). */
export async function savedAnalyses(
  ex: Executor,
  actor: Actor,
  associationId: string,
  interventionId?: string,
): Promise<SavedAnalysis[]> {
  if (interventionId) authorizeIntervention(actor, 'socioeconomic.read', associationId, interventionId);
  else authorize(actor, 'socioeconomic.read', associationId);
  const scope = actor.operator
    ? { kind: 'all' as const }
    : interventionScope(actor.roles, 'socioeconomic.read', associationId);
  const rows = await listAnalyses(ex, {
    associationId,
    interventionIds: interventionId ? [interventionId] : scope.kind === 'all' ? 'all' : scope.ids,
  });
  // Analyses a protected view cannot show (a free period, 1–4 women or men) are left out.
  return rows
    .filter(
      (row) =>
        mayReadExactly(actor, associationId) ||
        isShowable({
          mode: (row.input as SavedAnalysis['input']).mode,
          periodFrom: row.periodFrom,
          periodTo: row.periodTo,
          groups: (row.input as SavedAnalysis['input']).groups,
        }),
    )
    .map((row) => visible(actor, associationId, row));
}
