/** The national follow-up screen's texts (key `nationalFigures`), Swedish first, English second. */
const sv = {
  nationalFigures: {
    title: 'Nationell uppföljning',
    link: 'Nationell uppföljning per år',
    intro:
      'Antalen som förbundet rapporterar i den nationella uppföljningen, per insats och år: påbörjade, pågående och avslutade deltagare och unika personer för individinriktade insatser, aktiviteter och deltagare per organisation för strukturövergripande. Kolumnernas ordning och definitioner är Insikts egen mappning – den nationella blanketten finns inte i Insikts underlag – och står på bladet Kolumner i Excelfilen.',
    year: 'År',
    downloads: 'Ladda ned',
    xlsx: 'Excel',
    csv: 'CSV',
    exact:
      'Exakta antal: en arbetsfil för förbundets egen rapportering. Den bygger på personuppgifter och ska inte spridas vidare.',
    individual: 'Individinriktade insatser',
    structural: 'Strukturövergripande insatser',
    none: 'Inga insatser av det här slaget under {{year}}.',
    hidden: '<5',
    measure: 'Antal',
    measures: {
      started: 'Påbörjade under {{year}}',
      ongoingAtYearEnd: 'Pågående 31 december {{year}}',
      exited: 'Avslutade under {{year}}',
      participants: 'Deltagare (inskrivningar) under {{year}}',
      uniquePersons: 'Unika personer under {{year}}',
    },
    organisation: 'Organisation',
    allOrganisations: 'Samtliga organisationer',
    activities: 'Aktiviteter {{year}}',
    attendanceNote: 'Deltagare i aktiviteter räknas per tillfälle: en person på tre möten räknas tre gånger.',
    genders: { women: 'Kvinnor', men: 'Män', unknown: 'Uppgift saknas', total: 'Totalt' },
  },
};

const en: typeof sv = {
  nationalFigures: {
    title: 'National follow-up',
    link: 'National follow-up per year',
    intro:
      'The counts the association reports in the national follow-up, per intervention and year: participants started, ongoing and exited and unique persons for individual interventions, activities and participants per organisation for structural ones. The order and definitions of the columns are Insikt’s own mapping – the national form is not among Insikt’s sources – and are listed on the Columns sheet of the Excel file.',
    year: 'Year',
    downloads: 'Download',
    xlsx: 'Excel',
    csv: 'CSV',
    exact:
      'Exact counts: a working file for the association’s own reporting. It is based on personal data and must not be passed on.',
    individual: 'Individual interventions',
    structural: 'Structural interventions',
    none: 'No interventions of this kind in {{year}}.',
    hidden: '<5',
    measure: 'Count',
    measures: {
      started: 'Started in {{year}}',
      ongoingAtYearEnd: 'Ongoing on 31 December {{year}}',
      exited: 'Exited in {{year}}',
      participants: 'Participants (enrolments) in {{year}}',
      uniquePersons: 'Unique persons in {{year}}',
    },
    organisation: 'Organisation',
    allOrganisations: 'All organisations',
    activities: 'Activities {{year}}',
    attendanceNote:
      'Participants in activities are counted per occasion: a person at three meetings counts three times.',
    genders: { women: 'Women', men: 'Men', unknown: 'Not stated', total: 'Total' },
  },
};

export const nationalFiguresMessages = { sv, en };
