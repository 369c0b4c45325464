/** The evaluation hub's texts (key `evaluation`), Swedish first, English second. Each part keeps its own file. */
const sv = {
  evaluation: {
    title: 'Utvärdering och lärande',
    intro:
      'Förbundets och insatsernas självvärderingar, mål- och programlogik, förändringsteorier, effektivitet och implementering, år för år och kopplade till uppgifterna i Insikt.',
    parts: 'Delar',
  },
};

const en: typeof sv = {
  evaluation: {
    title: 'Evaluation and learning',
    intro:
      "The association's and the interventions' self-assessments, programme logic, theories of change, effectiveness and implementation, year by year and linked to the figures in Insikt.",
    parts: 'Parts',
  },
};

export const evaluationMessages = { sv, en };
