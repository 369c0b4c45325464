/** The import module's texts (keys `import`), Swedish first, English second. */
const sv = {
  import: {
    title: 'Importera deltagare',
    intro:
      'Läs in deltagare från en Excel-fil (.xlsx) eller CSV-fil med kolumnerna i importformatet. Hela filen kontrolleras först: innehåller den fel sparas ingenting, och du får en lista med alla fel.',
    template: 'Ladda ner mall',
    templateHint:
      'Excel-mallen har rullistor med koderna (bladet Kodlistor). Mallens exempelrad, med deltagar_id EXEMPEL, hoppas över vid import: skriv deltagarna på raderna under den.',
    exampleSkipped: 'Mallens exempelrad (deltagar_id EXEMPEL) hoppades över: rad {{rows}}.',
    file: 'Fil',
    association: 'Förbund för rader utan kolumnen forbund',
    createInterventions: 'Skapa insatser som inte finns',
    check: 'Kontrollera filen',
    confirm: 'Importera',
    preview: 'Förhandsgranskning',
    previewIntro: '{{rows}} rader: {{created}} nya, {{updated}} ändrade och {{unchanged}} oförändrade inskrivningar.',
    newIntervention: 'ny insats',
    done: 'Importen är klar: {{created}} nya, {{updated}} ändrade, {{unchanged}} oförändrade.',
    errors: '{{count}} fel i filen. Ingenting har sparats.',
    row: 'Rad',
    column: 'Kolumn',
    value: 'Värde',
    message: 'Fel',
    ignored: 'Okända kolumner hoppades över: {{columns}}',
    rows: 'Rader',
  },
};

const en: typeof sv = {
  import: {
    title: 'Import participants',
    intro:
      'Read participants from an Excel (.xlsx) or CSV file in the import format. The whole file is checked first: if it contains errors nothing is saved and you get a list of all of them.',
    template: 'Download template',
    templateHint:
      'The Excel template has drop-down lists of the codes (sheet Kodlistor). The template’s example row, with deltagar_id EXEMPEL, is skipped on import: write the participants on the rows below it.',
    exampleSkipped: 'The template’s example row (deltagar_id EXEMPEL) was skipped: row {{rows}}.',
    file: 'File',
    association: 'Association for rows without the forbund column',
    createInterventions: 'Create interventions that do not exist',
    check: 'Check the file',
    confirm: 'Import',
    preview: 'Preview',
    previewIntro: '{{rows}} rows: {{created}} new, {{updated}} changed and {{unchanged}} unchanged participations.',
    newIntervention: 'new intervention',
    done: 'Import complete: {{created}} new, {{updated}} changed, {{unchanged}} unchanged.',
    errors: '{{count}} errors in the file. Nothing has been saved.',
    row: 'Row',
    column: 'Column',
    value: 'Value',
    message: 'Error',
    ignored: 'Unknown columns were skipped: {{columns}}',
    rows: 'Rows',
  },
};

export const importMessages = { sv, en };
