import { randomInt } from 'node:crypto';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  distributionStatus,
  RESPONDENT_GROUP_LABELS_SV,
  rawAnswers,
  todayIso,
} from '@insikt/core';
import type { Actor } from '../../platform/actor';
import { figure, type SheetSpec } from '../../platform/excel';
import { reachesSurvey } from './survey-access';
import type { SurveyResultsData } from './survey-results-data';

export interface RawAnswerSheet {
  sheet: SheetSpec;
  rows: number;
}

/**
 * The sheet of raw anonymous answers of closed distributions, for roles that may write the survey only
 * (decision 0037, 0038); null for everyone else. Core decides what a row may hold; the order is drawn with the system's random
 * source, so it says nothing about when anyone answered.
 */
export function rawAnswerSheet(actor: Actor, associationId: string, data: SurveyResultsData): RawAnswerSheet | null {
  if (!reachesSurvey(actor, 'survey.write', associationId, data.survey.interventionIds)) return null;
  const threshold = DEFAULT_SUPPRESSION_THRESHOLD;
  // Only distributions that no longer take answers: while one is open, the sheet downloaded before
  // and after someone answers differs by exactly one row, that person's whole answer.
  const today = todayIso();
  const closed = new Set(data.distributions.filter((d) => distributionStatus(d, today) === 'closed').map((d) => d.id));
  const responses = data.responses.filter((r) => closed.has(r.distributionId));
  const raw = rawAnswers(data.survey.questionnaire, responses, threshold, (n) => randomInt(n));
  const insats = (id: string | null) => (id === null ? '' : (data.interventions.find((i) => i.id === id)?.name ?? ''));
  const leftOut = data.distributions.filter((d) => raw.leftOut.includes(d.id)).length;
  const open = data.distributions.length - closed.size;
  return {
    rows: raw.rows.length,
    sheet: {
      name: 'Svar (anonyma)',
      title: `${data.survey.name}: svaren ett och ett`,
      subtitle:
        'En rad per svar i slumpmässig ordning, utan datum. Fritextsvar finns bara i resultatbladen, listade för sig.',
      headers: [['Svar', 'Svarsgrupp', 'Insats', 'År', ...raw.columns.map((c) => c.text)].map((text) => ({ text }))],
      rows: raw.rows.map((r, i) => ({
        label: figure(i + 1, 'count'),
        values: [
          RESPONDENT_GROUP_LABELS_SV[r.group],
          insats(r.interventionId),
          String(r.year),
          ...r.values.map((v) => (typeof v === 'number' ? figure(v, 'decimal') : v)),
        ],
      })),
      note:
        `Svaren är anonyma. Bara stängda utskick med minst ${threshold} svar är med${leftOut ? ` (${leftOut} utskick med färre svar är inte med)` : ''}` +
        `${open ? `; ${open} utskick som ännu tar emot svar är med först när de har stängt` : ''}; ` +
        `insatsen anges bara där minst ${threshold} svarat för den i utskicket. Bladet är underlag för förbundets egen analys och ska inte publiceras.`,
    },
  };
}
