import { hiddenCountText, surveyProtectionNoteSv, type QuestionResult, type SurveyResults } from '@insikt/core';
import { figure, workbookBuffer, type CellValue, type SheetSpec } from '../../platform/excel';
import type { SurveyResultsView } from './get-survey-results';
import type { RawAnswerSheet } from './survey-raw-answers';
import { columnNameSv, coverageSv } from './survey-results-text';

type Row = SheetSpec['rows'][number];
const TOO_FEW = 'för få svar';

/** A protected count: the number, "≤5" when hidden. */
const countCell = (count: number | null, threshold: number): CellValue =>
  count === null ? hiddenCountText(threshold) : figure(count, 'count');
const shareCell = (share: number | null): CellValue => (share === null ? '..' : figure(share, 'percent'));

/** One question's rows as the results page shows them: N, each option, the positive set, the mean, open answers. */
function questionRows(q: QuestionResult, threshold: number): Row[] {
  const title = q.kind === 'choice' && q.type === 'matrix' ? `${q.questionText}: ${q.text}` : q.text;
  if (q.status !== 'shown') return [{ label: title, values: [TOO_FEW, null, null] }];
  const head: Row = { label: title, values: [countCell(q.n, threshold), null, null] };
  const c = (count: number | null) => countCell(count, threshold);
  switch (q.kind) {
    case 'choice':
      return [
        head,
        ...q.options.map((o) => ({
          label: `  ${o.label}`,
          values: [c(o.count), shareCell(o.share), o.outsideScale ? null : shareCell(o.shareInScale)],
        })),
        ...(q.positive
          ? [
              {
                label: `  Positiva (${q.options
                  .filter((o) => o.positive)
                  .map((o) => o.label)
                  .join(', ')})`,
                values: [c(q.positive.count), shareCell(q.positive.share), shareCell(q.positive.shareInScale)],
              },
            ]
          : []),
        ...(q.mean !== null
          ? [{ label: '  Medelvärde (utan vet ej)', values: [figure(q.mean, 'decimal'), null, null] }]
          : []),
        ...q.other.map((text) => ({ label: `  Annat: ${text}`, values: [] })),
      ];
    case 'multiple':
      return [
        head,
        ...q.options.map((o) => ({ label: `  ${o.label}`, values: [c(o.count), shareCell(o.share), null] })),
        ...q.other.map((text) => ({ label: `  Annat: ${text}`, values: [] })),
      ];
    case 'number':
      return [
        head,
        { label: '  Medelvärde', values: [q.mean === null ? '..' : figure(q.mean, 'decimal'), null, null] },
        { label: '  Median', values: [q.median === null ? '..' : figure(q.median, 'decimal'), null, null] },
      ];
    case 'date':
      return [head, ...q.months.map((m) => ({ label: `  ${m.month}`, values: [c(m.count), null, null] }))];
    case 'text':
      return [head, ...q.answers.map((text) => ({ label: `  ${text}`, values: [] }))];
  }
}

function resultsSheet(view: SurveyResultsView, name: string, results: SurveyResults): SheetSpec {
  const t = results.threshold;
  return {
    name,
    title: `${view.survey.name}: ${name}`,
    subtitle: coverageSv(view, results),
    headers: [
      ['Fråga och svarsalternativ', 'Antal (N på frågans rad)', 'Andel av N', 'Andel utan vet ej'].map((text) => ({
        text,
      })),
    ],
    rows:
      results.status === 'shown'
        ? [
            ...results.questions.flatMap((q) => questionRows(q, t)),
            ...results.composites.flatMap((k) => [
              {
                label: `Sammansatt indikator: ${k.name} (${k.definition})`,
                values:
                  k.status === 'shown' ? [countCell(k.count, t), shareCell(k.share), null] : [TOO_FEW, null, null],
              },
              {
                label: '  N: svarande som besvarat minst en av regelns frågor',
                values: [countCell(k.n, t), null, null],
              },
            ]),
          ]
        : [{ label: 'Svarande', values: [TOO_FEW, null, null] }],
    note: surveyProtectionNoteSv(t),
  };
}

/**
 * The results as an Excel workbook (issue 14 §4): a sheet of tables per results set shown (the total
 * and each column of a split), all protected; and, for staff who may write surveys, the raw
 * anonymous answers (decision 0037).
 */
export function surveyResultsWorkbook(view: SurveyResultsView, raw: RawAnswerSheet | null): Promise<Buffer> {
  const sheets = [
    resultsSheet(view, 'Totalt', view.total),
    ...view.columns.map((c) => resultsSheet(view, columnNameSv(view, c), c.results)),
  ];
  if (raw) sheets.push(raw.sheet);
  return workbookBuffer(sheets);
}
