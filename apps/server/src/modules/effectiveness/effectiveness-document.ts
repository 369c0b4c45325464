import {
  EFFECTIVENESS_CHART_HEIGHT,
  EFFECTIVENESS_TYPE_LABELS_SV,
  effectivenessChartOption,
  effectivenessType,
  effectivenessTypeLabelSv,
  JUDGEMENT_LABELS_SV,
  type EffectivenessContent,
  type Judgement,
} from '@insikt/core';
import type { DocModel } from '../../platform/document';
import { statusLineSv } from '../yearly-documents/status-line';

interface AssessmentForExport {
  year: number;
  status: 'draft' | 'approved';
  revision: number;
  approvedAt: Date | null;
  approvedByName: string | null;
  decisionReference: string | null;
  content: EffectivenessContent;
}

const typeOf = (c: { inner: Judgement; outer: Judgement }) =>
  effectivenessTypeLabelSv(effectivenessType(c.inner, c.outer));
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The effectiveness assessment of a year: the movement in seed 002 Figur 1 over the years up to it
 * (chart in the PDF; the matrix as a text grid with the years in both files), the table of the
 * years, and this year's judgements with their reasoning.
 */
export function effectivenessDocument(
  associationName: string,
  assessment: AssessmentForExport,
  history: readonly AssessmentForExport[],
): DocModel {
  const years = history.filter((h) => h.year <= assessment.year);
  const { content } = assessment;
  const target = { inner: content.targetInner, outer: content.targetOuter };
  const yearsIn = (type: keyof typeof EFFECTIVENESS_TYPE_LABELS_SV) =>
    years
      .filter((h) => effectivenessType(h.content.inner, h.content.outer).type === type)
      .map((h) => `${h.year}${effectivenessType(h.content.inner, h.content.outer).approximate ? ' (snarast)' : ''}`);
  const targetType = effectivenessType(target.inner, target.outer).type;
  const cell = (type: keyof typeof EFFECTIVENESS_TYPE_LABELS_SV) =>
    [
      capital(EFFECTIVENESS_TYPE_LABELS_SV[type]),
      yearsIn(type).length ? `År: ${yearsIn(type).join(', ')}` : '',
      targetType === type ? 'Målläge' : '',
    ]
      .filter(Boolean)
      .join('\n');
  return {
    title: `Organisationens effektivitet ${assessment.year}`,
    subject: `${associationName} · ${statusLineSv(assessment)}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Bedömning ${assessment.year}: ${typeOf(content)} (inre effektivitet: ${JUDGEMENT_LABELS_SV[content.inner].toLowerCase()}, yttre effektivitet: ${JUDGEMENT_LABELS_SV[content.outer].toLowerCase()}). Målläge: ${typeOf(target)}.`,
      },
      {
        kind: 'chart',
        caption: 'Rörelsen över åren i analysmodellens fyra idealtyper (002 Figur 1)',
        option: effectivenessChartOption(
          years.map((h) => ({ year: h.year, inner: h.content.inner, outer: h.content.outer })),
          target,
          {
            description: 'Förbundets läge per år i analysmodellen',
            types: ['Den effektiva', 'Den självstyrande', 'Den ineffektiva', 'Den vilsna'],
            outerAxis: 'Göra rätt saker (yttre effektivitet): ja – nej',
            innerAxis: 'Göra saker rätt (inre effektivitet): nej – ja',
            target: 'Mål',
          },
        ),
        height: EFFECTIVENESS_CHART_HEIGHT,
      },
      {
        kind: 'table',
        header: ['', 'Göra rätt saker (yttre effektivitet): Ja', 'Göra rätt saker (yttre effektivitet): Nej'],
        rows: [
          ['Göra saker rätt (inre effektivitet): Ja', cell('effective'), cell('self_governing')],
          ['Göra saker rätt (inre effektivitet): Nej', cell('inefficient'), cell('lost')],
        ],
        widths: [2, 3, 3],
      },
      { kind: 'heading', level: 2, text: 'År för år' },
      {
        kind: 'table',
        header: ['År', 'Inre effektivitet', 'Yttre effektivitet', 'Typ', 'Status'],
        rows: years.map((h) => [
          String(h.year),
          JUDGEMENT_LABELS_SV[h.content.inner],
          JUDGEMENT_LABELS_SV[h.content.outer],
          capital(typeOf(h.content)),
          h.status === 'approved' ? 'Fastställd' : 'Utkast',
        ]),
        widths: [1, 2, 2, 4, 2],
      },
      { kind: 'heading', level: 2, text: 'Inre effektivitet – gör vi saker rätt?' },
      { kind: 'paragraph', text: `${JUDGEMENT_LABELS_SV[content.inner]}. ${content.innerReasoning}` },
      { kind: 'heading', level: 2, text: 'Yttre effektivitet – gör vi rätt saker utifrån målen och ägarnas behov?' },
      { kind: 'paragraph', text: `${JUDGEMENT_LABELS_SV[content.outer]}. ${content.outerReasoning}` },
    ],
  };
}
