import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { documentPdf } from '../../platform/document';
import { findAssociation } from '../organisation/organisation.repository';
import { resultsViewOf, type SurveyResultsRequest } from './get-survey-results';
import { rawAnswerSheet } from './survey-raw-answers';
import { loadSurveyResultsData } from './survey-results-data';
import { surveyResultsDocument } from './survey-results-pdf';
import { surveyResultsWorkbook } from './survey-results-xlsx';

/**
 * The results as a file: the Excel workbook (protected tables; the raw anonymous answers for roles
 * that may write the survey) or the PDF for the board. The same view as the results page.
 */
export async function exportSurveyResults(
  ex: Executor,
  actor: Actor,
  associationId: string,
  surveyId: string,
  request: SurveyResultsRequest,
  format: 'xlsx' | 'pdf',
): Promise<{ body: Buffer; name: string }> {
  const data = await loadSurveyResultsData(ex, actor, associationId, surveyId, request.distributionIds);
  const view = resultsViewOf(data, request);
  const base = `enkatresultat-${data.survey.name}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  if (format === 'xlsx')
    return {
      body: await surveyResultsWorkbook(view, rawAnswerSheet(actor, associationId, data)),
      name: `${base}.xlsx`,
    };
  const association = await findAssociation(ex, associationId);
  return { body: await documentPdf(surveyResultsDocument(view, association?.name ?? '')), name: `${base}.pdf` };
}
