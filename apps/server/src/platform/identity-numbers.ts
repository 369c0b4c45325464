import { findIdentityNumber, identityNumberMessage, stringsIn } from '@insikt/core';
import { invalid, type FieldIssue } from './errors';

// The one field meant for the number (stored only as a keyed hash) and secrets (passwords, the
// token of a password link), which are never stored as text.
const EXEMPT = new Set(['personnummer', 'password', 'currentPassword', 'newPassword', 'token']);

// Swedish names of the free-text fields a person fills in; other fields are named by their path.
const LABELS: Record<string, string> = {
  personReference: 'Deltagar-id',
  comment: 'Kommentaren',
  dropoutReason: 'Orsaken till avbrott',
  obstacles: 'Hindren',
  name: 'Namnet',
  description: 'Beskrivningen',
  targetGroup: 'Målgruppen',
  title: 'Titeln',
  email: 'E-postadressen',
  bodyRole: 'Rollen',
  assessment: 'Bedömningen',
  what: 'Åtgärden',
  who: 'Ansvarig',
  activity: 'Aktiviteten',
  subGoal: 'Delmålet',
  headlineGoals: 'Det övergripande målet',
  effect: 'Effekten',
  label: 'Indikatorns namn',
  source: 'Källan',
  innerReasoning: 'Motiveringen av den inre effektiviteten',
  outerReasoning: 'Motiveringen av den yttre effektiviteten',
  decisionReference: 'Beslutets referens',
  topic: 'Ämnet',
  note: 'Anteckningen',
  referredTo: 'Hänvisad till',
};

const labelOf = (path: string) => {
  const last = path
    .replace(/\[\d+\]$/, '')
    .split('.')
    .pop()!
    .replace(/\[\d+\]/g, '');
  return LABELS[last] ?? `Fältet ${path}`;
};

/** Every string field of a body that holds a valid personnummer or samordningsnummer. */
export function identityNumberIssues(body: unknown): FieldIssue[] {
  return stringsIn(body)
    .filter(([path]) => !EXEMPT.has(path.split('.').pop()!))
    .filter(([, text]) => findIdentityNumber(text) !== null)
    .map(([path]) => ({ field: path, message: identityNumberMessage(labelOf(path)) }));
}

/**
 * Refuses any JSON body with an identity number in a text field, so no route stores one in clear
 * (decision 0016). Runs for every route, as the control-character check does.
 */
export function refuseIdentityNumbers(body: unknown): void {
  const issues = identityNumberIssues(body);
  if (issues.length > 0) throw invalid(issues, issues[0]!.message);
}
