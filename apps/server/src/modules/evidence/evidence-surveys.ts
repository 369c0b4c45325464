import {
  formatCountOfN,
  formatMean,
  formatPercent,
  surveyProtectionNoteSv,
  surveyResults,
  type EvidenceTable,
  type SurveyFilter,
} from '@insikt/core';
import { reachesSurvey } from '../surveys/survey-access';
import { distributionYear, loadSurveyResultsData } from '../surveys/survey-results-data';
import { listSurveys } from '../surveys/surveys.repository';
import { evidenceTable, THRESHOLD, yearPeriod, type EvidenceContext } from './evidence-context';

const DEFINITION =
  'Svar på förbundets enkäter i utskick som stänger under året, för dokumentets insatser. Positiva svar är frågans positiva alternativ (de två högsta om inget annat valts) av alla som svarat på frågan, "vet ej" medräknat; bredvid står andelen utan "vet ej" och medelvärdet på skalan.';

/**
 * The year's survey results (issue 14 §5; tolvfältaren field 5): for each survey the actor reaches
 * that covers the document's insatser (or any, for the förbund), the answers to its distributions
 * closing that year — the document's insatser only — with each question's positive share and mean,
 * from the protected results as every role sees them.
 */
export async function surveyEvidence(ctx: EvidenceContext): Promise<EvidenceTable> {
  const surveys = (await listSurveys(ctx.ex, ctx.associationId)).filter(
    (s) =>
      reachesSurvey(ctx.actor, 'survey.read', ctx.associationId, s.interventionIds) &&
      (ctx.interventionIds.length === 0 ||
        s.interventionIds.length === 0 ||
        s.interventionIds.some((id) => ctx.interventionIds.includes(id))),
  );
  const filter: SurveyFilter = {
    years: [ctx.year],
    ...(ctx.interventionIds.length && { interventionIds: [...ctx.interventionIds] }),
  };
  const rows: string[][] = [];
  for (const survey of surveys) {
    const data = await loadSurveyResultsData(ctx.ex, ctx.actor, ctx.associationId, survey.id);
    // A survey not sent out that year is not part of the year's evidence.
    if (!data.distributions.some((d) => distributionYear(d) === ctx.year)) continue;
    const results = surveyResults(survey.questionnaire, data.responses, { threshold: THRESHOLD, filter });
    if (results.status === 'too_few') {
      rows.push([survey.name, 'För få svar för att visa', '', '', '']);
      continue;
    }
    rows.push([survey.name, `${results.respondents} svarande`, '', '', '']);
    for (const q of results.questions) {
      if (q.kind !== 'choice' || !q.positive) continue;
      const shown = q.status === 'shown';
      rows.push([
        `${survey.name}: ${q.type === 'matrix' ? `${q.questionText}: ${q.text}` : q.text}`,
        shown ? formatCountOfN(q.positive.count, q.n, THRESHOLD) : 'För få svar',
        shown && q.options.some((o) => o.outsideScale) ? formatPercent(q.positive.shareInScale) : '',
        shown && q.mean !== null ? formatMean(q.mean) : '',
        shown ? String(q.n) : '',
      ]);
    }
  }
  return evidenceTable(
    ctx,
    {
      source: 'surveys',
      title: `Enkätresultat ${ctx.year}`,
      definition: `${DEFINITION} ${surveyProtectionNoteSv(THRESHOLD)}`,
      period: yearPeriod(ctx.year),
      scopeLabel: ctx.fallbackScopeLabel,
      protected: true,
    },
    [['Enkät och fråga', 'Positiva svar', 'Utan vet ej', 'Medelvärde', 'N'], ...rows],
  );
}
