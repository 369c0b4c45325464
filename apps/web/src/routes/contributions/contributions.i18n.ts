/** The member contributions' texts (keys `contributions`), Swedish first, English second. */
const sv = {
  contributions: {
    title: 'Medlemsbidrag',
    intro:
      'Enligt lagen om finansiell samordning betalar staten genom Försäkringskassan hälften av förbundets medel, regionen en fjärdedel och kommunerna tillsammans en fjärdedel. Här räknas varje medlems bidrag ut från förbundets statliga belopp för året.',
    year: 'År',
    stateMoney: 'Statliga medel {{year}}',
    money: { offered: 'Erbjudet', requested: 'Ansökt', granted: 'Beviljat' },
    stateMoneySource:
      'Beloppen är förbundets statliga medel för året, som de skrivs in under Ekonomi – Statliga medel.',
    toFinance: 'Till Ekonomi',
    problemsHeading: 'Det här saknas för att räkna ut bidragen',
    keyHeading: 'Nyckel för kommunernas fjärdedel {{year}}',
    keyNotSaved: 'Ingen nyckel är sparad för året: bidragen räknas efter invånare 16–64 år.',
    kinds: {
      inhabitants: 'Efter invånare 16–64 år',
      agreed: 'Överenskomna andelar i procent',
    },
    kindLabel: 'Hur kommunerna delar sin fjärdedel',
    percentOf: 'Andel för {{name}} (%)',
    inhabitantsOf: '{{number}} invånare 16–64 år',
    inhabitantsMissing: 'Invånare 16–64 år saknas',
    regionsHeading: 'Regionernas andelar (lämna tomt för lika delar)',
    saveKey: 'Spara nyckeln',
    saved: 'Nyckeln är sparad.',
    tableOn: {
      requested: 'Bidrag på det ansökta statliga beloppet, {{amount}}',
      granted: 'Bidrag på det beviljade statliga beloppet, {{amount}}',
    },
    member: 'Medlem',
    basis: 'Underlag',
    share: 'Andel av sin fjärdedel',
    amount: 'Bidrag',
    equal: 'Lika delar',
    agreedPercent: '{{percent}} % enligt överenskommelse',
    regionTotal: 'Regionen tillsammans',
    kommunTotal: 'Kommunerna tillsammans',
    total: 'Förbundets medel (staten och medlemmarna)',
    downloads: 'Filer',
    letter: 'Brevet till medlemmarna (PDF, på det ansökta beloppet)',
    xlsx: 'Tabellerna som Excel',
  },
};

const en: typeof sv = {
  contributions: {
    title: 'Member contributions',
    intro:
      "Under the law on financial coordination the state, through Försäkringskassan, pays half of the association's funds, the region one quarter and the municipalities together one quarter. Each member's contribution is computed here from the association's state amount for the year.",
    year: 'Year',
    stateMoney: 'State funds {{year}}',
    money: { offered: 'Offered', requested: 'Requested', granted: 'Granted' },
    stateMoneySource:
      "The amounts are the association's state money for the year, as entered under Ekonomi – State money.",
    toFinance: 'To Finance',
    problemsHeading: 'What is missing to compute the contributions',
    keyHeading: "Key for the municipalities' quarter {{year}}",
    keyNotSaved: 'No key is saved for the year: the contributions follow the inhabitants aged 16–64.',
    kinds: {
      inhabitants: 'By inhabitants aged 16–64',
      agreed: 'Agreed shares in percent',
    },
    kindLabel: 'How the municipalities split their quarter',
    percentOf: 'Share for {{name}} (%)',
    inhabitantsOf: '{{number}} inhabitants aged 16–64',
    inhabitantsMissing: 'Inhabitants aged 16–64 missing',
    regionsHeading: "The regions' shares (leave empty for equal shares)",
    saveKey: 'Save the key',
    saved: 'The key is saved.',
    tableOn: {
      requested: 'Contributions on the requested state amount, {{amount}}',
      granted: 'Contributions on the granted state amount, {{amount}}',
    },
    member: 'Member',
    basis: 'Basis',
    share: 'Share of its quarter',
    amount: 'Contribution',
    equal: 'Equal shares',
    agreedPercent: '{{percent}} % as agreed',
    regionTotal: 'The region together',
    kommunTotal: 'The municipalities together',
    total: "The association's funds (the state and the members)",
    downloads: 'Files',
    letter: 'The letter to the members (PDF, on the requested amount)',
    xlsx: 'The tables as Excel',
  },
};

export const contributionsMessages = { sv, en };
