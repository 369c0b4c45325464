import {
  MECHANISM_THEMES,
  planTimeline,
  staffingByParty,
  TOC_DIMENSIONS,
  TOC_HORIZONS,
  TOC_RESOURCE_KINDS,
  type MechanismRating,
  type MechanismTheme,
  type PlanPhase,
  type TimelineStatus,
  type TimelineStep,
  type TocDimension,
  type TocDimensionCell,
  type TocHorizon,
  type TocItem,
  type TocResourceKind,
} from '@insikt/core';
import type { DocBlock, DocModel } from '../../platform/document';
import { fulfilmentBlocks, indicatorTitleSv, resultTextSv } from '../indicators/indicator-text';
import { effectKey, type TheoryOfChangeView } from './get-theory-of-change';

// The labels of seed 001's model, in the words of the source.
const RESOURCE_SV: Record<TocResourceKind, string> = {
  financing: 'Finansiering',
  board: 'Styrelse och beredning',
  owner: 'Projektägare',
  collaboration_group: 'Samverkansgrupp',
  team: 'Team',
};
const DIMENSION_SV: Record<TocDimension, string> = { collaboration: 'Samverkan', participants: 'Deltagare/målgrupp' };
const HORIZON_SV: Record<TocHorizon, string> = {
  short: 'Effekter kort sikt',
  medium: 'Effekter mellanlång sikt',
  long: 'Effekter lång sikt',
};
const THEME_SV: Record<MechanismTheme, string> = {
  foundation: '1. Grunden för samverkan',
  forms: '2. Samverkansformer som leder till resultat för individer',
  implementation: '3. Förankring och implementering av arbetssätt',
  broader: '4. Utveckling av en bredare samverkan',
};
const RATING_SV: Record<MechanismRating, string> = {
  worked: 'Fungerat',
  partly: 'Delvis',
  not_worked: 'Inte fungerat',
};
const PHASE_SV: Record<PlanPhase, string> = {
  frame: 'Sätta ramar',
  examine: 'Undersöka processer',
  learn: 'Lära och utveckla',
};
const STATUS_SV: Record<TimelineStatus, string> = {
  done: 'Klart',
  current: 'Pågår',
  next: 'Nästa',
  later: 'Senare',
  undated: 'Inte daterat',
};

const percent = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const bullets = (items: readonly TocItem[]) => items.map((i) => `• ${i.text}`).join('\n');
const dimensions = (cell: TocDimensionCell) => [bullets(cell.collaboration), bullets(cell.participants)];

function resourcesCell(toc: TheoryOfChangeView): string {
  const party = new Map(toc.parties.map((p) => [p.id, p.name]));
  const staffing = toc.content.staffing.map(
    (s) => `• ${party.get(s.memberId) ?? ''} — ${s.role} — ${percent.format(s.percent)} %`,
  );
  const totals = staffingByParty(toc.content.staffing).map(
    (p) => `${party.get(p.memberId) ?? ''}: ${percent.format(p.fullTimeEquivalents)} heltidstjänster`,
  );
  return TOC_RESOURCE_KINDS.flatMap((kind) => {
    const lines = [bullets(toc.content.resources[kind]), ...(kind === 'team' ? [...staffing, ...totals] : [])].filter(
      (l) => l !== '',
    );
    return lines.length > 0 ? [`${RESOURCE_SV[kind]}:\n${lines.join('\n')}`] : [];
  }).join('\n\n');
}

/** Each effect as a bullet, with its indicators' target and verdict in the latest year shown under it. */
function effectCells(toc: TheoryOfChangeView, horizon: TocHorizon): string[] {
  const year = toc.fulfilment.years.at(-1)!;
  return TOC_DIMENSIONS.map((dimension) =>
    toc.content.effects[horizon][dimension]
      .map((item, i) => {
        const key = effectKey(['effects', horizon, dimension, i]);
        const measured = toc.fulfilment.indicators
          .filter((v) => v.rowId === key)
          .map((v) => `  – ${indicatorTitleSv(v)}: ${year} ${resultTextSv(v, year)}`);
        return [`• ${item.text}`, ...measured].join('\n');
      })
      .join('\n'),
  );
}

/** The effect an indicator measures, by its key, for the table of fulfilment per year. */
function effectOf(toc: TheoryOfChangeView, rowId: string): string {
  const [horizon, dimension, index] = rowId.split('.') as [TocHorizon, TocDimension, string];
  const text = toc.content.effects[horizon][dimension][Number(index)]?.text ?? '';
  return `${HORIZON_SV[horizon]}, ${DIMENSION_SV[dimension]}: ${text}`;
}

function columns(toc: TheoryOfChangeView): DocBlock {
  const split = (label: string) => TOC_DIMENSIONS.map((d) => `${label}: ${DIMENSION_SV[d]}`);
  return {
    kind: 'table',
    header: ['Resurser', ...split('Aktiviteter/processer'), ...TOC_HORIZONS.flatMap((h) => split(HORIZON_SV[h]))],
    rows: [
      [resourcesCell(toc), ...dimensions(toc.content.activities), ...TOC_HORIZONS.flatMap((h) => effectCells(toc, h))],
    ],
    widths: [1.6, 1, 1, 1, 1, 1, 1, 1, 1],
  };
}

function mechanisms(toc: TheoryOfChangeView): DocBlock[] {
  const cycles = toc.content.plan.cycles.map((_, i) => i + 1);
  return MECHANISM_THEMES.flatMap((theme): DocBlock[] => {
    const list = toc.content.mechanisms.filter((m) => m.theme === theme);
    if (list.length === 0) return [];
    const rows = list.map((m) => [
      m.source === 'seed-001' ? `${m.text}\n(Från källa 001)` : m.text,
      ...cycles.map((cycle) => {
        const a = m.assessments.find((x) => x.cycle === cycle);
        return a ? [RATING_SV[a.rating], a.text].filter(Boolean).join('\n') : 'Inte bedömd';
      }),
    ]);
    return [
      { kind: 'heading', level: 3, text: THEME_SV[theme] },
      {
        kind: 'table',
        header: ['Antagen mekanism', ...cycles.map((c) => `Bedömning cykel ${c}`)],
        rows,
        widths: [2, ...cycles.map(() => 1.5)],
      },
    ];
  });
}

const stepLabel = (s: TimelineStep) =>
  s.kind === 'phase' ? PHASE_SV[s.phase!] : s.kind === 'interim_report' ? 'Delrapport' : 'Lärandeworkshop';

function plan(toc: TheoryOfChangeView, today: string): DocBlock[] {
  const questions = toc.content.plan.questions.map((q, i) => `${i + 1}. ${q.text}`).join('\n');
  return [
    { kind: 'heading', level: 2, text: 'Utvärderingsplan' },
    { kind: 'heading', level: 3, text: 'Utvärderingsfrågor' },
    { kind: 'paragraph', text: questions || 'Inga utvärderingsfrågor ännu.' },
    { kind: 'heading', level: 3, text: 'Tidsplan' },
    { kind: 'paragraph', text: `Läget per ${today}.`, note: true },
    {
      kind: 'table',
      header: ['Cykel', 'Steg', 'Från', 'Till', 'Läge'],
      rows: planTimeline(toc.content.plan, today).map((s) => [
        String(s.cycle),
        stepLabel(s),
        s.from ?? '',
        s.kind === 'phase' ? (s.to ?? '') : '',
        STATUS_SV[s.status],
      ]),
      widths: [0.6, 2, 1, 1, 1],
    },
  ];
}

/** The theory of change in seed 001's layout: the columns (landscape), the mechanisms per cycle, the plan. */
export function theoryOfChangeDocument(toc: TheoryOfChangeView, associationName: string, today: string): DocModel {
  const status =
    toc.status === 'approved'
      ? `fastställd ${toc.approvedAt?.toISOString().slice(0, 10) ?? ''} (${toc.decisionReference ?? ''})`
      : 'utkast';
  const scope = `${toc.scopeKind === 'cluster' ? 'Insatser' : 'Insats'}: ${toc.interventions.map((i) => i.name).join(', ')}`;
  return {
    title: `Förändringsteori: ${toc.title}`,
    subject: `${associationName} · ${scope} · version ${toc.edition}, ${status}`,
    orientation: 'landscape',
    blocks: [
      { kind: 'heading', level: 2, text: 'Förändringsteori' },
      columns(toc),
      ...fulfilmentBlocks(toc.fulfilment, {
        header: 'Effekt',
        of: (rowId) => effectOf(toc, rowId),
        none: 'Inga indikatorer är kopplade till effekterna.',
      }),
      { kind: 'heading', level: 2, text: 'Förändringsmekanismer' },
      ...(toc.content.mechanisms.length > 0
        ? mechanisms(toc)
        : [{ kind: 'paragraph' as const, text: 'Inga förändringsmekanismer ännu.' }]),
      ...plan(toc, today),
    ],
  };
}
