import { eq } from 'drizzle-orm';
import type { ImplementationBarrier, ImplementationStatus } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { implementationRecords, interventions, members, participations } from '../../db/schema';
import type { StoredDecision, StoredStatusChange } from '../implementation/implementation.schema';
import type { DemoEvaluationContext } from './demo-evaluation';
import { withGoalIds } from '../interventions/goal-ids';

const RECORDER = 'Förbundschef (demo)';

/** A status history of dated steps, as the förbundschef recorded them. */
const history = (steps: [ImplementationStatus, string, string[]?][]): StoredStatusChange[] =>
  steps.map(([status, date, memberIds = []]) => ({
    status,
    date,
    memberIds,
    note: '',
    recordedBy: RECORDER,
    recordedAt: `${date}T10:00:00.000Z`,
  }));

/**
 * An ended individual insats with `count` participants who all left in `year`, three in four to work:
 * its one goal (at least 40 % in work) is met, also after disclosure control's small noise.
 */
async function endedInsats(
  tx: Tx,
  associationId: string,
  spec: { name: string; description: string; endDate: string; count: number },
) {
  const year = Number(spec.endDate.slice(0, 4));
  const [row] = await tx
    .insert(interventions)
    .values({
      associationId,
      name: spec.name,
      kind: 'individual',
      description: spec.description,
      targetGroup: 'Personer 18–64 år med behov av samordnat stöd mot arbete.',
      startDate: `${year - 2}-01-01`,
      endDate: spec.endDate,
      status: 'completed',
      goals: withGoalIds([
        {
          description: 'Minst 40 % i förvärvsarbete vid avslut',
          indicatorId: 'andel_forvarvsarbete',
          column: 'total',
          comparison: 'at_least',
          target: 0.4,
        },
      ]),
    })
    .returning();
  const id = row!.id;
  await tx.insert(participations).values(
    Array.from({ length: spec.count }, (_, i) => {
      // Three in four to work, as many women as men among those who do not (the demo's gender gap stays).
      const works = i % 8 < 6;
      return {
        associationId,
        interventionId: id,
        anonymousKey: `demo-impl-${id}-${i}`,
        consent: false,
        gender: i % 2 === 0 ? ('kvinna' as const) : ('man' as const),
        birthYear: 1970 + (i % 30),
        startDate: `${year - 1}-0${1 + (i % 9)}-10`,
        exitDate: `${year}-0${1 + (i % 5)}-20`,
        exitReason: works ? ('arbete' as const) : ('annan_insats' as const),
        supportBefore: ['forsorjningsstod' as const],
        supportAfter: works ? ['lon' as const] : ['forsorjningsstod' as const],
        workHoursBefore: 0,
        studyHoursBefore: 0,
        workHoursAfter: works ? 40 : 0,
        studyHoursAfter: 0,
      };
    }),
  );
  return id;
}

interface RecordSpec {
  interventionId: string;
  gapType: 'gap_covering' | 'gap_reducing' | 'not_assessed';
  collaborationForm: 'specialisation' | 'coordination' | 'collaboration' | 'integration';
  interventionForm: 'project' | 'platform' | 'integrated' | 'permanent';
  receivingMemberId: string | null;
  implementationGoal: string;
  financingPlan?: string;
  decisions?: StoredDecision[];
  barriers?: ImplementationBarrier[];
  statusHistory: StoredStatusChange[];
}

async function record(tx: Tx, associationId: string, spec: RecordSpec) {
  await tx.insert(implementationRecords).values({
    associationId,
    ...spec,
    namedReceiver: spec.receivingMemberId ? 'Enhetschef, arbetsmarknadsenheten' : '',
    financingPlan: spec.financingPlan ?? '',
    decisions: spec.decisions ?? [],
    barriers: spec.barriers ?? [],
    status: spec.statusHistory.at(-1)?.status ?? 'not_planned',
  });
}

/**
 * Implementation records for every demo förbund's insatser; the first förbund also gets three ended
 * insatser for the board view: one that met its goals and was NOT implemented (ettåriga budgetar,
 * inget beslut: the sources' finding), one implemented partly and one fully (issue 13 §10).
 */
export async function demoImplementation(tx: Tx, context: DemoEvaluationContext) {
  const { associationId, interventionIds, index, today } = context;
  const memberRows = await tx.select().from(members).where(eq(members.associationId, associationId));
  const [fk, af, region, kommun] = [
    memberRows.find((m) => m.kind === 'fk')!,
    memberRows.find((m) => m.kind === 'af')!,
    memberRows.find((m) => m.kind === 'region')!,
    memberRows.find((m) => m.kind === 'municipality')!,
  ];
  const thisYear = Number(today.slice(0, 4));
  const lastYear = thisYear - 1;
  // The running insatser: a plan from the start, status followed as it goes.
  const forms: RecordSpec['collaborationForm'][] = ['coordination', 'collaboration', 'integration', 'coordination'];
  for (const [i, interventionId] of interventionIds.entries()) {
    await record(tx, associationId, {
      interventionId,
      gapType: i % 2 === 0 ? 'gap_reducing' : 'gap_covering',
      collaborationForm: forms[i % forms.length]!,
      interventionForm: i === interventionIds.length - 1 ? 'platform' : 'project',
      receivingMemberId: kommun.id,
      implementationGoal: 'Arbetssättet ingår i kommunens arbetsmarknadsenhet när projekttiden är slut.',
      financingPlan: 'Kommunen och regionen delar kostnaden efter projekttiden.',
      statusHistory: history([['under_investigation', `${lastYear}-10-01`]]),
    });
  }
  if (index !== 0) return;

  const successful = await endedInsats(tx, associationId, {
    name: 'Steg till arbete',
    description: 'Individuellt stöd mot arbete för personer med försörjningsstöd, med arbetsgivarkontakter.',
    endDate: `${lastYear}-06-30`,
    count: 32,
  });
  await record(tx, associationId, {
    interventionId: successful,
    gapType: 'gap_covering',
    collaborationForm: 'coordination',
    interventionForm: 'project',
    receivingMemberId: kommun.id,
    implementationGoal: 'Arbetsgivarkontakterna tas över av kommunens arbetsmarknadsenhet.',
    financingPlan: 'Ingen finansiering efter projekttiden beslutad.',
    barriers: ['one_year_budgets', 'no_decision'],
    statusHistory: history([
      ['under_investigation', `${lastYear}-03-01`],
      ['not_implemented', `${lastYear}-11-15`],
    ]),
  });

  const full = await endedInsats(tx, associationId, {
    name: 'Arbetsplatsnära stöd',
    description: 'Stöd på arbetsplatsen för personer som återgår efter sjukskrivning.',
    endDate: `${lastYear}-03-31`,
    count: 28,
  });
  await record(tx, associationId, {
    interventionId: full,
    gapType: 'gap_reducing',
    collaborationForm: 'collaboration',
    interventionForm: 'project',
    receivingMemberId: af.id,
    implementationGoal: 'Arbetssättet blir en del av Arbetsförmedlingens och Försäkringskassans ordinarie samverkan.',
    financingPlan: `Arbetsförmedlingen och Försäkringskassan från ${lastYear}-04-01.`,
    decisions: [
      { memberId: af.id, date: `${lastYear}-05-20`, outcome: 'full', reference: `Beslut ${lastYear}/114`, note: '' },
      { memberId: fk.id, date: `${lastYear}-06-10`, outcome: 'full', reference: 'FK lokalt beslut', note: '' },
    ],
    statusHistory: history([
      ['under_investigation', `${lastYear - 1}-10-01`],
      ['implemented_fully', `${lastYear}-06-10`],
    ]),
  });

  const [partly] = await tx
    .insert(interventions)
    .values({
      associationId,
      name: 'Samverkansteam psykisk hälsa',
      kind: 'structural',
      description: 'Gemensamt team för kompetensutveckling kring psykisk ohälsa hos medlemmarnas handläggare.',
      startDate: `${lastYear - 2}-01-01`,
      endDate: `${lastYear}-09-30`,
      status: 'completed',
    })
    .returning();
  await record(tx, associationId, {
    interventionId: partly!.id,
    gapType: 'gap_reducing',
    collaborationForm: 'collaboration',
    interventionForm: 'integrated',
    receivingMemberId: region.id,
    implementationGoal: 'Teamets utbildningar fortsätter inom regionens och kommunens ordinarie verksamhet.',
    decisions: [
      { memberId: region.id, date: `${lastYear}-11-15`, outcome: 'partial', reference: 'RS § 31', note: '' },
      { memberId: kommun.id, date: `${lastYear}-12-01`, outcome: 'none', reference: 'SN § 12', note: '' },
    ],
    barriers: ['extra_staffing', 'staff_turnover'],
    statusHistory: history([
      ['under_investigation', `${lastYear}-09-01`],
      ['implemented_partly', `${lastYear}-12-01`, [region.id]],
    ]),
  });
}
