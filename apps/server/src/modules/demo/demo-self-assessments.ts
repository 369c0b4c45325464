import {
  builtInTemplate,
  BUILT_IN_TEMPLATE_VERSION,
  carryOverActions,
  emptyAssessment,
  type Action,
  type AssessmentField,
  type Rating,
} from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { selfAssessments } from '../../db/schema';
import type { DemoEvaluationContext } from './demo-evaluation';

type Texts = Record<string, [text: string, rating: Rating | null]>;

// Tolvfältaren in the spirit of seed 004, about the demo förbund's own insatser; the year before
// last first, then last year's changes (the compare view's text diff shows them).
const TWELVE_EARLIER: Texts = {
  '1.1': [
    'Jobbstudion och Unga vuxna i rörelse har mål som sätts gemensamt av parterna. Hälsofrämjande rehabilitering har mest myndighetsmål.',
    3,
  ],
  '1.2': [
    'Insatser finns för unga vuxna och långvarigt sjukskrivna. Inget stöd riktar sig till utrikesfödda trots behovet i verksamhetsplanen.',
    2,
  ],
  '1.3': ['Målgrupperna är breda; det är svårt att se hur styrelsen prioriterar mellan dem.', 3],
  '2.1': ['Deltagarna är aktiva: kartläggning av egna resurser och frivilligt deltagande präglar insatserna.', 4],
  '2.2': ['Det lösningsinriktade arbetssättet fungerar, men psykisk ohälsa kräver fler metoder.', 3],
  '3.1': ['Jobbstudion når sitt mål om arbete eller studier för en tredjedel av deltagarna.', 3],
  '3.2': ['Bortfallsanalys saknas i de flesta insatser.', 1],
  '4.1': ['Parterna har bemannat insatserna med erfaren personal.', 4],
  '4.2': ['Personalen saknar ibland stöd från styrgrupperna.', 3],
  '5.1': ['Personalen utvecklar nya rutiner för samarbete i teamen.', 4],
  '5.2': ['Deltagarna har ofta större behov än insatserna är byggda för.', 3],
  '6.1': ['Gemensam handledning har börjat i två insatser.', 3],
  '6.2': ['Arbetet har blivit effektivare men det är ännu inte mätt.', null],
  '7.1': ['Rekryteringen har fungerat utan problem.', 4],
  '7.2': ['Parterna använder förbundet som bollplank i nya frågor.', 3],
  '8.1': ['Beredningsgruppen har haft tre möten under året.', 3],
  '8.2': ['Erfarenheterna stannar ofta i insatserna.', 2],
  '9.1': ['Samarbetet mellan huvudmännen har förbättrats enligt den externa utvärderingen.', 4],
  '9.2': ['Svårt att bedöma innan utvärderingarna är klara.', null],
  '10.1': ['Förbundet har anordnat seminarier med huvudmännen för att stärka legitimiteten.', 3],
  '10.2': ['Budgeten har varit oförändrad i tre år och det egna kapitalet minskar.', 2],
  '11.1': ['Förbundet arbetar både operativt och strukturellt, bland annat med gemensam kompetensutveckling.', 4],
  '12.1': ['Deltagare har fått en rehabilitering som de annars inte hade fått.', 4],
};
const TWELVE_LATER: Partial<Texts> = {
  '1.1': ['Alla tre individinsatserna har nu mål som sätts gemensamt av parterna.', 4],
  '1.2': [
    'Insatser finns för unga vuxna och långvarigt sjukskrivna. Språk och arbete har startat för utrikesfödda.',
    4,
  ],
  '3.2': ['Bortfallsanalys görs nu i Jobbstudion; övriga insatser har påbörjat arbetet.', 3],
  '8.1': ['Beredningsgruppen har haft fem möten och följer upp insatserna aktivt.', 4],
  '10.2': ['Styrelsen har beslutat om en högre budget från nästa år.', 3],
};

const action = (id: string, what: string, who: string, due: string, status: Action['status']): Action => ({
  id,
  what,
  who,
  due,
  status,
  carriedFrom: null,
});

function filled(
  kind: 'twelve' | 'nine',
  texts: Partial<Texts>,
  actions: Record<string, Action[]> = {},
  base?: AssessmentField[],
) {
  return (base ?? emptyAssessment(builtInTemplate(kind))).map((f) => ({
    ...f,
    questions: f.questions.map((q) => {
      const [assessment, rating] = texts[q.key] ?? [q.assessment, q.rating];
      return { ...q, assessment, rating, actions: [...q.actions, ...(actions[q.key] ?? [])] };
    }),
  }));
}

/** Sets the status of carried actions, as the förbund reports them a year later. */
const withStatus = (fields: AssessmentField[], status: Record<string, Action['status']>) =>
  fields.map((f) => ({
    ...f,
    questions: f.questions.map((q) => ({
      ...q,
      actions: q.actions.map((a) => ({ ...a, status: status[a.id] ?? a.status })),
    })),
  }));

/**
 * The self-assessments of the first demo förbund (issue 13 §10): a fastställd tolvfältaren for the
 * two previous years with open actions carried over, and niofält for three insatser: one
 * fastställd last year, one a draft this year, one fastställd last year with this year's draft.
 */
export async function demoSelfAssessments(tx: Tx, context: DemoEvaluationContext): Promise<void> {
  if (context.index !== 0) return;
  const { associationId, interventionIds } = context;
  const year = Number(context.today.slice(0, 4));
  const insert = async (
    interventionId: string | null,
    y: number,
    fields: AssessmentField[],
    decision: string | null,
  ) => {
    const [row] = await tx
      .insert(selfAssessments)
      .values({
        associationId,
        interventionId,
        kind: interventionId ? 'nine' : 'twelve',
        year: y,
        edition: 1,
        status: decision ? 'approved' : 'draft',
        templateVersion: BUILT_IN_TEMPLATE_VERSION,
        fields,
        ...(decision
          ? {
              approvedAt: new Date(`${y}-11-20T10:00:00Z`),
              approvedByName: 'Förbundschef',
              decisionReference: decision,
            }
          : {}),
      })
      .returning();
    return { id: row!.id, year: y, fields };
  };

  const earlier = await insert(
    null,
    year - 2,
    filled('twelve', TWELVE_EARLIER, {
      '1.2': [action('d-1', 'Förstudie om insats för utrikesfödda', 'Förbundschef', `${year - 1}-06-30`, 'planned')],
      '3.2': [action('d-2', 'Bortfallsanalys i alla insatser', 'Insatsansvariga', `${year - 1}-12-31`, 'ongoing')],
      '8.2': [
        action('d-3', 'Erfarenhetsdag för insatserna och parterna', 'Beredningsgruppen', `${year - 2}-12-15`, 'done'),
      ],
    }),
    `Styrelsemöte ${year - 2}-11-20 § 6`,
  );
  const carried = withStatus(carryOverActions(filled('twelve', TWELVE_EARLIER), earlier), { 'd-1': 'done' });
  await insert(
    null,
    year - 1,
    filled(
      'twelve',
      TWELVE_LATER,
      { '10.2': [action('d-4', 'Underlag till medlemmarna om höjd ram', 'Förbundschef', `${year}-03-31`, 'planned')] },
      carried,
    ),
    `Styrelsemöte ${year - 1}-11-20 § 5`,
  );

  const [jobbstudion, unga, halsa] = interventionIds;
  const nine: Partial<Texts> = {
    '1.1': ['Målet om arbete eller studier är gemensamt för parterna.', 4],
    '2.1': ['Deltagarna planerar sina steg själva tillsammans med jobbcoachen.', 4],
    '3.2': ['Avbrotten följs upp med orsak för varje deltagare.', 3],
    '9.1': ['Arbetsförmedlingen och kommunen träffas varje vecka om deltagarna.', 4],
  };
  if (jobbstudion) await insert(jobbstudion, year - 1, filled('nine', nine), `Styrgruppsmöte ${year - 1}-10-12 § 3`);
  if (unga) await insert(unga, year, filled('nine', { '1.3': ['Målgruppen når vi främst via skolan.', 3] }), null);
  if (halsa) {
    const last = await insert(
      halsa,
      year - 1,
      filled(
        'nine',
        { '5.2': ['Långa väntetider till fysioterapeut.', 2] },
        {
          '5.2': [action('h-1', 'Avtal om fler tider hos fysioterapeut', 'Vårdcentralen', `${year}-06-30`, 'ongoing')],
        },
      ),
      `Styrgruppsmöte ${year - 1}-11-02 § 4`,
    );
    await insert(halsa, year, carryOverActions(emptyAssessment(builtInTemplate('nine')), last), null);
  }
}
