import { DEVIATION_STATUS_SV, type DeviationBody, type DeviationStatus } from './model';

/**
 * The case flow of issue 15 §2: mottagen, under utredning, åtgärdad lokalt or lyft till parterna
 * (with the body and meeting), besvarad, publicerad. Each status lists where it may go next.
 */
export const DEVIATION_TRANSITIONS: Record<DeviationStatus, readonly DeviationStatus[]> = {
  received: ['investigating'],
  investigating: ['solved_locally', 'raised'],
  solved_locally: ['answered'],
  raised: ['answered'],
  answered: ['published'],
  published: [],
};

/** Statuses whose case is still waiting for an answer: only these have a deadline. */
export const OPEN_DEVIATION_STATUSES: readonly DeviationStatus[] = [
  'received',
  'investigating',
  'solved_locally',
  'raised',
];

export interface TransitionRequest {
  from: DeviationStatus;
  to: DeviationStatus;
  body: DeviationBody | null;
  meetingDate: string | null;
  answer: string;
}

export type TransitionProblem =
  { field: 'to'; message: string } | { field: 'body' | 'meetingDate' | 'answer'; message: string };

const SV = DEVIATION_STATUS_SV;

/** Why a step is not allowed (Swedish), or an empty list; the flow of issue 15 §2. */
export function transitionProblems(req: TransitionRequest): TransitionProblem[] {
  if (!DEVIATION_TRANSITIONS[req.from].includes(req.to))
    return [
      {
        field: 'to',
        message: `Ett ärende som är ${SV[req.from]} kan inte bli ${SV[req.to]}${
          DEVIATION_TRANSITIONS[req.from].length > 0
            ? ` (nästa steg: ${DEVIATION_TRANSITIONS[req.from].map((s) => SV[s]).join(' eller ')})`
            : ''
        }.`,
      },
    ];
  const problems: TransitionProblem[] = [];
  if (req.to === 'raised') {
    if (!req.body)
      problems.push({ field: 'body', message: 'Välj om ärendet lyfts till beredningsgruppen eller styrelsen.' });
    if (!req.meetingDate) problems.push({ field: 'meetingDate', message: 'Ange mötet då parterna behandlar ärendet.' });
  }
  if ((req.to === 'answered' || req.to === 'published') && req.answer.trim() === '')
    problems.push({ field: 'answer', message: 'Skriv svaret som ska publiceras innan ärendet besvaras.' });
  return problems;
}
