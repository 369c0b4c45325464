import { addMonths, emptyTocContent, PLAN_PHASES, type Mechanism, type TocContent } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { membersOf } from '../organisation/organisation.repository';
import { insertTheoryOfChangeRow } from '../theory-of-change/theory-of-change.repository';
import type { DemoEvaluationContext } from './demo-evaluation';

const items = (...texts: string[]) => texts.map((text) => ({ text }));

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

function content(staff: { af?: string; fk?: string; municipality?: string }, today: string): TocContent {
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
      collaboration: items('Parterna känner till varandras uppdrag'),
      participants: items('Deltagaren har en gemensam plan'),
    },
    medium: {
      collaboration: items('Etablerade rutiner för flerpartsmöten'),
      participants: items('Fler deltagare i arbetsträning eller studier'),
    },
    long: {
      collaboration: items('Arbetssättet är implementerat i ordinarie verksamhet'),
      participants: items('Fler kommer närmare arbete eller studier och har minskad offentlig försörjning'),
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
    content: content(staff, context.today),
    status: 'approved',
    decisionReference: `Styrelsemöte ${addMonths(context.today, -17)} § 4`,
    approvedAt: new Date(`${addMonths(context.today, -17)}T12:00:00Z`),
    approvedByName: 'Förbundschefen',
  });
}
