import {
  formatPercent,
  RESPONDENT_GROUP_LABELS_SV,
  RESPONSE_MODE_LABELS_SV,
  type SurveyFilter,
  type SurveyResults,
} from '@insikt/core';
import type { SurveyResultsView } from './get-survey-results';

/** "Deltagare 2025 (2025-03-01 – 2025-03-31)": the distributions the results cover, in Swedish. */
export function distributionsTextSv(view: Pick<SurveyResultsView, 'distributions'>, ids?: readonly string[]) {
  const chosen = ids ? view.distributions.filter((d) => ids.includes(d.id)) : view.distributions;
  return chosen
    .map((d) => `${RESPONDENT_GROUP_LABELS_SV[d.respondentGroup]} ${d.year} (${d.opensOn} – ${d.closesOn})`)
    .join('; ');
}

/** The filter in words ("Insats: Steget; År: 2025"), or "alla svar". */
export function filterTextSv(filter: SurveyFilter, view: Pick<SurveyResultsView, 'interventions'>): string {
  const insats = (id: string | null) =>
    id === null ? 'hela förbundet' : (view.interventions.find((i) => i.id === id)?.name ?? id);
  const parts = [
    filter.groups && `Svarsgrupp: ${filter.groups.map((g) => RESPONDENT_GROUP_LABELS_SV[g]).join(', ')}`,
    filter.interventionIds && `Insats: ${filter.interventionIds.map(insats).join(', ')}`,
    filter.years && `År: ${filter.years.join(', ')}`,
    filter.modes && `Svarssätt: ${filter.modes.map((m) => RESPONSE_MODE_LABELS_SV[m]).join(', ')}`,
    ...(filter.answers ?? []).map((a) => `Svar på ${a.questionId}: ${a.optionIds.join(', ')}`),
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'alla svar';
}

/** "57 svarande av 67 inbjudna (svarsfrekvens 85 %)", or "för få svar för att visa". */
export function respondentsTextSv(results: SurveyResults): string {
  if (results.status === 'too_few') return 'för få svar för att visa';
  const n = results.respondents ?? 0;
  if (results.invited === null) return `${n} svarande`;
  return `${n} svarande av ${results.invited} inbjudna (svarsfrekvens ${formatPercent(results.responseRate)})`;
}

/** What a set of results covers, in one sentence under the title of an export. */
export const coverageSv = (view: SurveyResultsView, results: SurveyResults, ids?: readonly string[]) =>
  `Utskick: ${distributionsTextSv(view, ids) || 'inga'}. Urval: ${filterTextSv(results.filter, view)}. ${respondentsTextSv(results)}.`;

/** The name of a split's column: a year, a group, an insats or another question's option. */
export function columnNameSv(view: SurveyResultsView, column: SurveyResultsView['columns'][number]): string {
  if (column.label !== null) return column.label;
  switch (view.split?.by) {
    case 'group':
      return RESPONDENT_GROUP_LABELS_SV[column.key as keyof typeof RESPONDENT_GROUP_LABELS_SV] ?? column.key;
    case 'mode':
      return RESPONSE_MODE_LABELS_SV[column.key as keyof typeof RESPONSE_MODE_LABELS_SV] ?? column.key;
    case 'intervention':
      return column.key === '' ? 'Hela förbundet' : (view.interventions.find((i) => i.id === column.key)?.name ?? '–');
    default:
      return column.key;
  }
}
