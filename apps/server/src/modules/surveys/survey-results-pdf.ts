import {
  formatCountOfN,
  formatMean,
  formatPercent,
  groupChoiceResults,
  hiddenCountText,
  stackedBarsOption,
  stackedChartHeight,
  surveyProtectionNoteSv,
  type ChoiceResult,
  type QuestionResult,
  type SurveyResults,
} from '@insikt/core';
import type { DocBlock, DocModel } from '../../platform/document';
import type { SurveyResultsView } from './get-survey-results';
import { columnNameSv, coverageSv } from './survey-results-text';

const TOO_FEW = 'För få svar för att visa';

/** "47 av 57 (82 %)", with the share without "vet ej" where the question has options outside the scale. */
function positiveText(q: ChoiceResult, threshold: number): string {
  if (q.status !== 'shown' || !q.positive) return q.status === 'too_few' ? TOO_FEW : '–';
  const main = formatCountOfN(q.positive.count, q.n, threshold);
  const outside = q.options.some((o) => o.outsideScale);
  return outside ? `${main}; utan vet ej ${formatPercent(q.positive.shareInScale)}` : main;
}

/** The table beside a chart: each statement's options as "X av N (Y %)", its positive share and mean. */
function choiceTable(items: ChoiceResult[], threshold: number): DocBlock {
  const options = items[0]!.options;
  return {
    kind: 'table',
    header: ['', ...options.map((o) => o.label), 'Positiva', 'Medel'],
    rows: items.map((q) => [
      q.text,
      ...options.map((o) => {
        if (q.status !== 'shown') return q.status === 'too_few' ? TOO_FEW : '–';
        const option = q.options.find((x) => x.id === o.id);
        return formatCountOfN(option?.count ?? null, q.n, threshold);
      }),
      positiveText(q, threshold),
      formatMean(q.mean),
    ]),
    widths: [3, ...options.map(() => 1.2), 1.8, 0.8],
  };
}

function otherBlocks(q: Exclude<QuestionResult, ChoiceResult>, threshold: number): DocBlock[] {
  const heading: DocBlock = { kind: 'heading', level: 3, text: q.text };
  if (q.status !== 'shown')
    return [heading, { kind: 'paragraph', text: q.status === 'too_few' ? TOO_FEW : 'Inga svar.' }];
  switch (q.kind) {
    case 'multiple':
      return [
        heading,
        {
          kind: 'table',
          header: ['Alternativ', `Andel av de ${q.n} som svarat`],
          rows: q.options.map((o) => [o.label, formatCountOfN(o.count, q.n, threshold)]),
          widths: [3, 2],
        },
      ];
    case 'number':
      return [
        heading,
        { kind: 'paragraph', text: `${q.n} svar. Medelvärde ${formatMean(q.mean)}, median ${formatMean(q.median)}.` },
      ];
    case 'date':
      return [
        heading,
        {
          kind: 'table',
          header: ['Månad', 'Antal'],
          rows: q.months.map((m) => [m.month, m.count === null ? hiddenCountText(threshold) : String(m.count)]),
        },
      ];
    case 'text':
      return [heading, { kind: 'paragraph', text: q.answers.map((a) => `– ${a}`).join('\n') || 'Inga svar.' }];
  }
}

function resultBlocks(results: SurveyResults): DocBlock[] {
  if (results.status !== 'shown') return [{ kind: 'paragraph', text: TOO_FEW }];
  const t = results.threshold;
  return [
    ...groupChoiceResults(results.questions).flatMap((g): DocBlock[] => {
      if (!Array.isArray(g)) return otherBlocks(g, t);
      const first = g[0]!;
      const shown = g.filter((q) => q.status === 'shown');
      return [
        { kind: 'heading', level: 3, text: first.questionText },
        ...(first.type !== 'single' && shown.length > 0
          ? [
              {
                kind: 'chart' as const,
                caption: `Andel av de svarande per alternativ (N för varje påstående i tabellen)`,
                option: stackedBarsOption(shown, { description: first.questionText }),
                height: stackedChartHeight(shown),
              },
            ]
          : []),
        choiceTable(g, t),
        ...g.flatMap((q) =>
          q.other.length ? [{ kind: 'paragraph' as const, text: `Annat: ${q.other.join('; ')}` }] : [],
        ),
      ];
    }),
    ...(results.composites.length
      ? [
          { kind: 'heading' as const, level: 3 as const, text: 'Sammansatta indikatorer' },
          {
            kind: 'table' as const,
            header: ['Indikator', 'Definition', 'Uppfyller'],
            rows: results.composites.map((k) => [
              k.name,
              `${k.definition}. N: de som besvarat minst en av frågorna.`,
              k.status === 'shown' ? formatCountOfN(k.count, k.n, t) : TOO_FEW,
            ]),
            widths: [2, 4, 1.6],
          },
        ]
      : []),
  ];
}

/** A split side by side: each statement's positive share per column (e.g. year by year). */
function comparisonBlocks(view: SurveyResultsView): DocBlock[] {
  const names = view.columns.map((c) => columnNameSv(view, c));
  const statements = view.total.questions.filter((q): q is ChoiceResult => q.kind === 'choice' && q.positive !== null);
  if (statements.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Jämförelse: andel positiva svar' },
    {
      kind: 'table',
      header: ['Fråga', 'Totalt', ...names],
      rows: statements.map((s) => [
        s.questionId === s.id ? s.text : `${s.questionText}: ${s.text}`,
        positiveText(s, view.total.threshold),
        ...view.columns.map((c) => {
          if (c.results.status !== 'shown') return TOO_FEW;
          const q = c.results.questions.find((x) => x.id === s.id);
          return q && q.kind === 'choice' ? positiveText(q, c.results.threshold) : '–';
        }),
      ]),
      widths: [3, 1.6, ...names.map(() => 1.6)],
    },
  ];
}

/** The results for the board (issue 14 §4): what they cover, stacked bars per statement, "X av N (Y %)", the protection. */
export function surveyResultsDocument(view: SurveyResultsView, associationName: string): DocModel {
  return {
    title: `Enkätresultat: ${view.survey.name}`,
    subject: `${associationName} · ${coverageSv(view, view.total)}`,
    orientation: 'landscape',
    blocks: [
      ...(view.split ? comparisonBlocks(view) : []),
      { kind: 'heading', level: 2, text: 'Resultat per fråga' },
      ...resultBlocks(view.total),
      { kind: 'paragraph', note: true, text: surveyProtectionNoteSv(view.total.threshold) },
    ],
  };
}
