import { uppsalaTemplate, type EffectivenessContent, type LogicIndicator } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { insertDocument } from '../yearly-documents/yearly-documents.repository';
import type { DemoEvaluationContext } from './demo-evaluation';

const approval = (year: number, paragraph: number) => ({
  status: 'approved' as const,
  approvedAt: new Date(`${year}-12-10T15:00:00Z`),
  approvedByName: 'Förbundschef (demo)',
  decisionReference: `Styrelsemöte ${year}-12-10 § ${paragraph}`,
});

/** The yearly effectiveness judgements: from "den vilsna" via "snarast den självstyrande" to "den effektiva". */
const MOVEMENT: [EffectivenessContent['inner'], EffectivenessContent['outer'], string, string][] = [
  [
    'no',
    'no',
    'Ärendegången från idé till beslut är omständlig och beredningens mandat är oklart.',
    'Ägarna är inte överens om förbundets inriktning; projekten svarar dåligt mot deras behov.',
  ],
  [
    'partly',
    'no',
    'Insatserna genomförs väl och ger resultat, men projektresultat har inte förts in i ordinarie verksamhet.',
    'Ägarna vill ha mer tematiskt arbete och kunskapsutbyte och mindre fokus på projekt.',
  ],
  [
    'yes',
    'yes',
    'Beredningen har ett tydligt mandat och två insatser har förts över till ordinarie verksamhet.',
    'Målen är förankrade hos ägarna och verksamheten följs upp mot dem varje år.',
  ],
];

/**
 * Demo förbund 0 (issue 13 §10): last year's fastställd programme logic from the Uppsala template with
 * outcome indicators, insats goals and a reported value linked to its delmål, and the effectiveness
 * assessment of the last three years showing a movement toward the target.
 */
export async function demoProgrammeLogic(
  tx: Tx,
  { associationId, interventionIds, index, today }: DemoEvaluationContext,
) {
  if (index !== 0) return;
  const last = Number(today.slice(0, 4)) - 1;
  const content = uppsalaTemplate();
  const link = (level: keyof typeof content.levels, row: number, ...indicators: LogicIndicator[]) =>
    content.levels[level].rows[row]!.indicators.push(...indicators);
  const id = () => crypto.randomUUID();
  link('individual', 0, {
    id: id(),
    kind: 'outcome',
    indicatorId: 'andel_forvarvsarbete',
    column: 'total',
    comparison: 'at_least',
    target: 0.3,
  });
  link('individual', 1, { id: id(), kind: 'goal', interventionId: interventionIds[0]!, goalIndex: 0 });
  link('individual', 1, {
    id: id(),
    kind: 'outcome',
    indicatorId: 'fordelning',
    column: 'kvinna',
    comparison: 'between',
    target: 0.4,
    targetMax: 0.6,
  });
  link('member', 3, { id: id(), kind: 'goal', interventionId: interventionIds[1]!, goalIndex: 1 });
  link('society', 0, {
    id: id(),
    kind: 'manual',
    label: 'Insatser som förts över till ordinarie verksamhet',
    comparison: 'at_least',
    target: 1,
    values: [
      { year: last - 1, value: 0, source: `Verksamhetsberättelse ${last - 1}` },
      { year: last, value: 2, source: `Verksamhetsberättelse ${last}` },
    ],
  });
  await insertDocument(tx, { associationId, kind: 'programme_logic', year: last, content, ...approval(last, 7) });
  for (const [i, [inner, outer, innerReasoning, outerReasoning]] of MOVEMENT.entries()) {
    const year = last - 2 + i;
    const assessment: EffectivenessContent = {
      inner,
      innerReasoning,
      outer,
      outerReasoning,
      targetInner: 'yes',
      targetOuter: 'yes',
    };
    await insertDocument(tx, { associationId, kind: 'effectiveness', year, content: assessment, ...approval(year, 8) });
  }
}
