import {
  addMonths,
  emptyTocContent,
  PLAN_PHASES,
  type LogicIndicator,
  type Mechanism,
  type TocContent,
} from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { membersOf } from '../organisation/organisation.repository';
import { insertTheoryOfChangeRow } from '../theory-of-change/theory-of-change.repository';
import type { DemoEvaluationContext } from './demo-evaluation';

const items = (...texts: string[]) => texts.map((text) => ({ text }));
const effect = (text: string, ...indicators: LogicIndicator[]) => [{ text, indicators }];

// One mechanism per theme of seed 001, each with the first cycle's assessment; the second cycle runs now.
const MECHANISMS: Mechanism[] = [
  {
    theme: 'foundation',
    text: 'Gemensamma utbildningsdagar ger kunskap om varandras uppdrag och bygger tillit mellan handläggarna.',
    source: 'own',
    assessments: [
      { cycle: 1, rating: 'worked', text: 'Handläggarna beskriver kortare vägar och fler direktkontakter.' },
    ],
  },
  {
    theme: 'forms',
    text: 'Flerpartsmöten vid inskrivning ger deltagaren en gemensam plan i stället för tre parallella.',
    source: 'own',
    assessments: [
      { cycle: 1, rating: 'partly', text: 'Fungerar när FK deltar; Region har haft svårt att avsätta tid.' },
    ],
  },
  {
    theme: 'implementation',
    text: 'Styrgruppen tar lärdomar vidare till linjecheferna, så arbetssättet kan finnas kvar efter projekttiden.',
    source: 'own',
    assessments: [
      { cycle: 1, rating: 'not_worked', text: 'Inget beslut om fortsättning; cheferna har prioriterat annat.' },
    ],
  },
  {
    theme: 'broader',
    text: 'Arbetssättet inspirerar samverkan inom andra områden mellan förbundets parter.',
    source: 'own',
    assessments: [{ cycle: 1, rating: 'partly', text: 'Ett nätverk för arbetsmarknadsenheterna har startat.' }],
  },
];

function content(
  staff: { af?: string; fk?: string; municipality?: string },
  today: string,
  interventionId: string,
): TocContent {
  const c = emptyTocContent();
  c.resources.financing = items('Finansiering från samordningsförbundet');
  c.resources.board = items('Förbundets beredningsgrupp och styrelse');
  c.resources.owner = items('Kommunen som formell projektägare');
  c.resources.collaboration_group = items('Styrgrupp med chefer från kommun, AF, FK och Region');
  c.resources.team = items('Jobbcoach och samordnare i kommunen');
  c.staffing = [
    ...(staff.af ? [{ memberId: staff.af, role: 'arbetsförmedlare', percent: 25 }] : []),
    ...(staff.fk ? [{ memberId: staff.fk, role: 'handläggare', percent: 25 }] : []),
    ...(staff.municipality ? [{ memberId: staff.municipality, role: 'jobbcoach', percent: 100 }] : []),
  ];
  c.activities = {
    collaboration: items('Regelbundna styrgruppsmöten', 'Gemensamma utbildningsdagar för handläggare'),
    participants: items('Kartläggning och vägledning med jobbcoach', 'Arbetsträning med stegvis matchning'),
  };
  c.effects = {
    short: {
      collaboration: effect('Parterna känner till varandras uppdrag'),
      participants: effect('Deltagaren har en gemensam plan'),
    },
    medium: {
      collaboration: effect('Etablerade rutiner för flerpartsmöten'),
      // The insats's own goal measures the medium-term effect for the participants.
      participants: effect('Fler deltagare i arbetsträning eller studier', {
        id: crypto.randomUUID(),
        kind: 'goal',
        interventionId,
        goalIndex: 0,
      }),
    },
    long: {
      collaboration: effect('Arbetssättet är implementerat i ordinarie verksamhet'),
      // The insats's share in work, from the outcome report (protected as for the board).
      participants: effect('Fler kommer närmare arbete eller studier och har minskad offentlig försörjning', {
        id: crypto.randomUUID(),
        kind: 'outcome',
        indicatorId: 'andel_forvarvsarbete',
        column: 'total',
        interventionId,
        comparison: 'at_least',
        target: 0.3,
      }),
    },
  };
  c.mechanisms = MECHANISMS;
  c.plan.questions = items(
    'Leder insatsen till önskade effekter gällande utveckling av samverkan?',
    'Vad fungerar för vem och under vilka omständigheter?',
  );
  // Cycle 1 ended half a year ago with its delrapport and workshop; cycle 2 is running.
  const cycle = (startMonths: number) => ({
    phases: PLAN_PHASES.map((phase, i) => ({
      phase,
      // Phases of about four months each, in order.
      from: addMonths(today, startMonths + 4 * i),
      to: addMonths(today, startMonths + 4 * i + 3),
    })),
    interimReport: addMonths(today, startMonths + 11),
    workshop: addMonths(today, startMonths + 12),
  });
  c.plan.cycles = [cycle(-18), cycle(-6)];
  return c;
}

/** Demo förbund 0: one fastställd theory of change for its first insats (issue 13 §10). */
export async function demoTheoryOfChange(tx: Tx, context: DemoEvaluationContext): Promise<void> {
  if (context.index !== 0 || context.interventionIds.length === 0) return;
  const parties = await membersOf(tx, context.associationId);
  const staff = {
    af: parties.find((p) => p.kind === 'af')?.id,
    fk: parties.find((p) => p.kind === 'fk')?.id,
    municipality: parties.find((p) => p.kind === 'municipality')?.id,
  };
  await insertTheoryOfChangeRow(tx, {
    associationId: context.associationId,
    title: 'Jobbstudion',
    interventionIds: [context.interventionIds[0]!],
    content: content(staff, context.today, context.interventionIds[0]!),
    status: 'approved',
    decisionReference: `Styrelsemöte ${addMonths(context.today, -17)} § 4`,
    approvedAt: new Date(`${addMonths(context.today, -17)}T12:00:00Z`),
    approvedByName: 'Förbundschefen',
  });
}
