/** The start module's texts (keys `start`), Swedish first, English second. */
const sv = {
  start: {
    title: 'Välkommen, {{name}}',
    yourRoles: 'Dina roller',
    noRoles: 'Du har inga roller ännu. Kontakta förbundets administratör.',
    whatYouCanDo: 'Det här kan du göra',
    cards: {
      associationsAdmin: 'Skapa och administrera förbund, deras kommuner, medlemmar och organ.',
      associationsOwn: 'Se och uppdatera förbundets uppgifter, medlemmar, styrelse, beredningsgrupp och kansli.',
      associationsRead: 'Se förbundets medlemmar, styrelse, beredningsgrupp och kansli.',
      users: 'Skapa konton, ge roller, stäng av konton och avsluta sessioner.',
      audit: 'Se vem som har gjort vad och när i förbundet.',
      account: 'Byt lösenord och se dina aktiva sessioner.',
      participants: 'Skriv in, skriv ut och följ upp deltagarna i dina insatser.',
      reports: 'Utfallsrapporten för kvinnor och män, per insats, förbund, län och riket.',
      interventions: 'Insatsernas uppgifter, finansiering, mål och nyckeltal.',
      import: 'Läs in deltagare från Excel eller CSV, med förhandsgranskning.',
    },
  },
};

const en: typeof sv = {
  start: {
    title: 'Welcome, {{name}}',
    yourRoles: 'Your roles',
    noRoles: "You have no roles yet. Contact your association's administrator.",
    whatYouCanDo: 'What you can do',
    cards: {
      associationsAdmin: 'Create and manage associations, their municipalities, members and bodies.',
      associationsOwn: "View and update the association's details, members, board, preparatory group and office.",
      associationsRead: "View the association's members, board, preparatory group and office.",
      users: 'Create accounts, assign roles, deactivate accounts and end sessions.',
      audit: 'See who did what, and when, in the association.',
      account: 'Change your password and see your active sessions.',
      participants: 'Enrol, exit and follow up the participants of your interventions.',
      reports: 'The outcome report for women and men, per intervention, association, county and Sweden.',
      interventions: 'Details, funding, goals and indicators of the interventions.',
      import: 'Read participants from Excel or CSV, with a preview.',
    },
  },
};

export const startMessages = { sv, en };
