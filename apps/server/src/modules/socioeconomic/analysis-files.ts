import {
  actorBarChartOption,
  assumptionsSv,
  categoryChartHeight,
  cumulativeByMonth,
  cumulativeChartOption,
  ECONOMIC_ACTOR_LABELS_SV,
  formatShare,
  todayIso,
  type EconomicActor,
} from '@insikt/core';
import { figure, workbookBuffer } from '../../platform/excel';
import { keepTogether, pdfBuffer, pdfChart, pdfTable, type PdfContent } from '../../platform/pdf';
import type { SavedAnalysis } from './analyses';
import {
  ACTOR_TABLE_HEADER,
  actorRows,
  cellText,
  type AnalysisCell,
  GENDER_HEADER,
  genderRows,
  kronorText,
  paybackText,
  SENSITIVITY_HEADER,
  sensitivityRows,
  situationText,
} from './analysis-tables';

export type AnalysisFileFormat = 'pdf' | 'xlsx';
export const ANALYSIS_FILE_TYPES: Record<AnalysisFileFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

// The actors drawn in the cumulative chart: the payers and society (individ and staten are in the table).
const CHART_ACTORS: EconomicActor[] = ['samhallet', 'kommun', 'region', 'fk', 'af', 'ovrig_stat'];

function assumptions(analysis: SavedAnalysis): string[] {
  const { result, input } = analysis;
  return assumptionsSv(input.model, {
    priceList: `${result.priceList.name}${result.priceList.year ? `, ${result.priceList.year}` : ''}${result.priceList.version ? ` (version ${result.priceList.version})` : ''}`,
    isExample: result.priceList.isExample,
    costSource: input.cost.source === 'recorded' ? 'insatsens redovisade kostnad för perioden' : 'angiven kostnad',
    participants: result.participants,
  });
}

function summary(analysis: SavedAnalysis): string {
  const society = analysis.result.actors.samhallet;
  return [
    `Samhällets vinst är ${kronorText(society.perParticipant.annualGain)} per deltagare och år.`,
    `Återbetalningstid för samhället: ${paybackText(society)}.`,
    `Nettonytta efter ett år ${kronorText(society.total.netBenefit1)} och efter fem år ${kronorText(society.total.netBenefit5)} för ${analysis.result.participants.toLocaleString('sv-SE')} deltagare.`,
    analysis.result.effectiveness === null ? '' : `Verkningsgrad ${formatShare(analysis.result.effectiveness)}.`,
  ].join(' ');
}

function analysisPdf(analysis: SavedAnalysis): Promise<Buffer> {
  const { result, input } = analysis;
  const cumulative = cumulativeChartOption(
    CHART_ACTORS.map((actor) => ({
      name: ECONOMIC_ACTOR_LABELS_SV[actor],
      values: cumulativeByMonth(result.actors[actor], input.model.persistence, input.model.discountRate),
    })),
    {
      description: 'Linjediagram: ackumulerad vinst minus kostnad per aktör, månad 0–60.',
      month: 'Månader efter avslut',
    },
  );
  const bars = actorBarChartOption(
    CHART_ACTORS.map((actor) => ({
      label: ECONOMIC_ACTOR_LABELS_SV[actor],
      value: result.actors[actor].perParticipant.annualGain,
    })),
    { description: 'Stapeldiagram: vinst per år och deltagare per aktör.', series: 'Vinst per år' },
  );
  const content: PdfContent[] = [
    ...(result.priceList.isExample
      ? [
          {
            text: 'Prislistan innehåller exempelvärden. Kontrollera dem innan resultatet används.',
            color: '#a1460f',
            bold: true,
            margin: [0, 0, 0, 8],
          } as PdfContent,
        ]
      : []),
    { text: summary(analysis), margin: [0, 0, 0, 8] },
    keepTogether(
      { text: 'Resultat per aktör (per deltagare)', style: 'h3' },
      pdfTable(
        [ACTOR_TABLE_HEADER],
        actorRows(result).map((r) => r.cells.map(cellText)),
      ),
    ),
    keepTogether({ text: 'Ackumulerad vinst mot kostnad, 60 månader', style: 'h3' }, pdfChart(cumulative, 340)),
    keepTogether(
      { text: 'Vinst per år och deltagare, per aktör', style: 'h3' },
      pdfChart(
        bars,
        categoryChartHeight(
          CHART_ACTORS.map((a) => ECONOMIC_ACTOR_LABELS_SV[a]),
          1,
        ) - 24,
      ),
    ),
    keepTogether(
      { text: 'Känslighet: samhällets nettonytta efter fem år', style: 'h3' },
      pdfTable(
        [SENSITIVITY_HEADER],
        sensitivityRows(result).map((row) => row.map(cellText)),
      ),
    ),
    keepTogether(
      { text: 'Kvinnor och män', style: 'h3' },
      pdfTable(
        [GENDER_HEADER],
        genderRows(result.byGender).map((row) => row.map(cellText)),
      ),
    ),
    { text: 'Antaganden', style: 'h3' },
    { ul: assumptions(analysis) },
    ...(input.groups.length
      ? [
          { text: 'Deltagargrupper (situation före och efter)', style: 'h3', pageBreak: 'before' } as PdfContent,
          pdfTable(
            [['Grupp', 'Antal', 'Före', 'Efter']],
            input.groups.map((g) => [
              `${g.gender === 'kvinna' ? 'Kvinnor' : 'Män'}${g.overridden ? ' (ändrad)' : ''}`,
              g.weight.toLocaleString('sv-SE'),
              situationText(g.before),
              situationText(g.after),
            ]),
          ),
        ]
      : []),
  ];
  return pdfBuffer({
    title: `Nyttoberäkning – ${analysis.interventionName ?? analysis.name}`,
    subject: `${analysis.name} · avslutade ${analysis.periodFrom} – ${analysis.periodTo} · framtagen ${todayIso()}`,
    content,
  });
}

function analysisWorkbook(analysis: SavedAnalysis): Promise<Buffer> {
  const { result } = analysis;
  const subtitle = `${analysis.name} · avslutade ${analysis.periodFrom} – ${analysis.periodTo}`;
  const rows = (cells: AnalysisCell[][]) => cells.map(([label, ...values]) => ({ label: label!, values }));
  return workbookBuffer([
    {
      name: 'Resultat',
      title: `Nyttoberäkning – ${analysis.interventionName ?? analysis.name}`,
      subtitle,
      headers: [ACTOR_TABLE_HEADER.map((text) => ({ text }))],
      rows: rows(actorRows(result).map((r) => r.cells)),
      note: summary(analysis),
    },
    {
      name: 'Känslighet',
      title: 'Känslighet',
      subtitle,
      headers: [SENSITIVITY_HEADER.map((text) => ({ text }))],
      rows: rows(sensitivityRows(result)),
    },
    {
      name: 'Kvinnor och män',
      title: 'Kvinnor och män',
      subtitle,
      headers: [GENDER_HEADER.map((text) => ({ text }))],
      rows: rows(genderRows(result.byGender)),
    },
    {
      name: 'Antaganden',
      title: 'Antaganden',
      subtitle,
      headers: [[{ text: 'Prislistans värden' }, { text: 'Belopp' }]],
      rows: Object.entries({
        'Årslön heltid': figure(result.priceList.values.wage, 'kronor'),
        Arbetsgivaravgifter: figure(result.priceList.values.employerContribution, 'percentTwoDecimals'),
        Kommunalskatt: figure(result.priceList.values.taxMunicipality, 'percentTwoDecimals'),
        Regionskatt: figure(result.priceList.values.taxRegion, 'percentTwoDecimals'),
      }).map(([label, value]) => ({ label, values: [value] })),
      note: assumptions(analysis).join(' '),
    },
  ]);
}

export function analysisFile(analysis: SavedAnalysis, format: AnalysisFileFormat): Promise<Buffer> {
  return format === 'pdf' ? analysisPdf(analysis) : analysisWorkbook(analysis);
}
