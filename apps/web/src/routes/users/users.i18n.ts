/** The users module's texts (keys `users`, `roleDescriptions`), Swedish first, English second. */
const sv = {
  users: {
    title: 'Användare',
    new: 'Ny användare',
    createTitle: 'Skapa användare',
    name: 'Namn',
    email: 'E-postadress',
    role: 'Roll',
    association: 'Förbund',
    chooseAssociation: 'Välj förbund',
    allAssociations: 'Alla förbund',
    password: 'Lösenord',
    passwordHint: 'Lämna tomt för att skapa ett engångslösenord som användaren byter vid första inloggningen.',
    status: 'Status',
    active: 'Aktiv',
    inactive: 'Avstängd',
    locked: 'Tillfälligt låst',
    lastLogin: 'Senaste inloggning',
    never: 'Aldrig',
    roles: 'Roller',
    addRole: 'Ge roll',
    sessions: 'Aktiva sessioner',
    noSessions: 'Inga aktiva sessioner.',
    endSessions: 'Avsluta alla sessioner',
    sessionsEnded: '{{count}} sessioner avslutades.',
    deactivate: 'Stäng av kontot',
    activate: 'Aktivera kontot',
    resetPassword: 'Nytt engångslösenord',
    oneTimePassword: 'Engångslösenord för {{email}}: {{password}}',
    oneTimePasswordHint: 'Lämna det till användaren på ett säkert sätt. Det visas bara nu.',
    firstPassword: 'Första lösenordet',
    inviteByEmail: 'Skicka en inbjudan med e-post: personen väljer själv lösenord via en länk',
    handOverPassword: 'Engångslösenord eller lösenord som jag lämnar över',
    invited:
      'En inbjudan till {{email}} ligger i utkorgen. Länken i den fungerar en gång och i 7 dagar; personen väljer själv sitt lösenord.',
    created: 'Användaren {{email}} är skapad.',
    roleGranted:
      'Rollen har getts till {{email}}. Har personen redan ett konto i Insikt gäller hens vanliga lösenord i stället för engångslösenordet, och hen får ett meddelande om rollen.',
    roleAdded: '{{email}} hade redan ett konto. Rollen har lagts till.',
    empty: 'Inga användare hittades.',
    filter: 'Sök på namn eller e-post',
    global: 'Alla förbund',
  },
  roleDescriptions: {
    system_admin: 'Skapar förbund och administrerar användare i alla förbund. Ser inga deltagaruppgifter.',
    association_admin:
      'Administrerar förbundets uppgifter, insatser och användare, registrerar och importerar deltagare, läser rapporter och granskningsloggen och gör nyttoberäkningar.',
    intervention_lead:
      'Ansvarar för sina insatser: uppgifter, budget, mål och nyckeltal, rapporter och nyttoberäkningar.',
    participant_officer: 'Skriver in, skriver ut och följer upp deltagarna i sina insatser, även genom import.',
    reader: 'Läser förbundets insatser, sammanställda rapporter och nyttoberäkningar, med skydd för små tal.',
    evaluator:
      'Extern utvärderare: läser tilldelade insatser och deras sammanställda rapporter och gör nyttoberäkningar för dem, utan personuppgifter.',
    national_reader: 'Ser sammanställningar över alla förbund, med skydd för små tal.',
  },
};

const en: typeof sv = {
  users: {
    title: 'Users',
    new: 'New user',
    createTitle: 'Create user',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
    association: 'Association',
    chooseAssociation: 'Choose association',
    allAssociations: 'All associations',
    password: 'Password',
    passwordHint: 'Leave empty to create a one-time password that the user changes at first login.',
    status: 'Status',
    active: 'Active',
    inactive: 'Deactivated',
    locked: 'Temporarily locked',
    lastLogin: 'Last login',
    never: 'Never',
    roles: 'Roles',
    addRole: 'Assign role',
    sessions: 'Active sessions',
    noSessions: 'No active sessions.',
    endSessions: 'End all sessions',
    sessionsEnded: '{{count}} sessions were ended.',
    deactivate: 'Deactivate account',
    activate: 'Activate account',
    resetPassword: 'New one-time password',
    oneTimePassword: 'One-time password for {{email}}: {{password}}',
    oneTimePasswordHint: 'Hand it to the user securely. It is shown only now.',
    firstPassword: 'First password',
    inviteByEmail: 'Send an invitation by e-mail: the person chooses a password through a link',
    handOverPassword: 'A one-time password or a password that I hand over',
    invited:
      'An invitation to {{email}} is in the outbox. Its link works once and for 7 days; the person chooses their own password.',
    created: 'The user {{email}} has been created.',
    roleGranted:
      'The role has been given to {{email}}. If the person already has an Insikt account, their own password applies instead of the one-time password, and they are told about the role.',
    roleAdded: '{{email}} already had an account. The role has been added.',
    empty: 'No users found.',
    filter: 'Search by name or e-mail',
    global: 'All associations',
  },
  roleDescriptions: {
    system_admin: 'Creates associations and manages users in all associations. Sees no participant data.',
    association_admin:
      "Manages the association's details, interventions and users, registers and imports participants, reads reports and the audit log and runs socio-economic analyses.",
    intervention_lead:
      'Runs their interventions: details, budget, goals and indicators, reports and socio-economic analyses.',
    participant_officer: 'Enrols, exits and follows up the participants of their interventions, also by import.',
    reader:
      "Reads the association's interventions, aggregated reports and socio-economic analyses, with small counts protected.",
    evaluator:
      'External evaluator: reads assigned interventions and their aggregated reports and runs socio-economic analyses of them, without personal data.',
    national_reader: 'Sees aggregates across all associations, with small counts suppressed.',
  },
};

export const usersMessages = { sv, en };
