/** The reports module's texts (keys `report`), Swedish first, English second. */
const sv = {
  report: {
    pdf: 'Ladda ner PDF för styrelsen',
    workChart: 'Andel i förvärvsarbete efter avslut, kvinnor och män',
    workChartDescription:
      'Stapeldiagram: andelen i förvärvsarbete efter avslut per grupp, kvinnor och män. Siffrorna finns i tabellerna.',
    beforeAfter: {
      intro:
        'Försörjning och sysselsättning före start och vid avslut för avslutade deltagare under perioden. Antal och, inom parentes, andel av gruppens avslutade. En deltagare kan ha flera försörjningskällor, så andelarna summerar inte till 100 %.',
      group: 'Grupp',
      support: 'Försörjning före start och vid avslut',
      occupation: 'Sysselsättning före start och vid avslut',
      supportCode: 'Försörjning',
      occupationCode: 'Sysselsättning',
      before: 'Före start',
      after: 'Vid avslut',
      chart: 'Försörjning före start och vid avslut, andel av avslutade (totalt)',
      chartDescription:
        'Stapeldiagram: andelen med varje försörjning före start och vid avslut. Siffrorna finns i tabellen ovan.',
      transitions: 'Försörjning efter, för en vald försörjning före',
      chooseBefore: 'Försörjning före start',
      transitionsCaption: 'Försörjning vid avslut för dem som hade {{code}} före start. Andel av dem.',
      supportAfter: 'Försörjning vid avslut',
    },
    xlsx: 'Ladda ner Excel (ett blad per gruppering)',
    xlsxOne: 'Ladda ner Excel',
    points: '{{n}} procentenheter',
    title: 'Utfallsrapport',
    intro: 'Avslutade deltagare under perioden, som i SUS. Inskrivningar med avslutsorsak felregistrering räknas inte.',
    from: 'Från',
    to: 'Till',
    groupBy: 'Gruppera per',
    groupings: { intervention: 'Insats', association: 'Förbund', county: 'Län', national: 'Riket' },
    views: { table: 'Tabell', gender: 'Jämställdhet', beforeAfter: 'Före och efter', trend: 'Över tid' },
    show: 'Visa',
    indicator: 'Nyckeltal',
    empty: 'Inga avslutade deltagare under perioden.',
    suppressed:
      'Röjandeskydd: antal 1–{{max}} visas som "<{{threshold}}" och det som räknas fram ur dem som "..". Övriga antal är flyttade slumpmässigt med högst {{noise}}, alltid lika för samma deltagare, så att ingen kan räkna fram en enskild persons uppgifter genom att jämföra rapporter. Därför kan delarna skilja sig något från summan.',
    periodKind: 'Period',
    periodKinds: { year: 'Helår', half_year: 'Halvår', tertial: 'Tertial', month: 'Månad', custom: 'Egna datum' },
    year: 'År',
    publish: 'Skyddad version för publicering',
    publishHelp: 'Samma röjandeskydd som styrelsen och andra utan behörighet till personuppgifter får.',
    csv: 'Ladda ner CSV',
    uneven: 'Ojämn könsfördelning: {{share}} kvinnor (jämn fördelning är 40–60 %).',
    gap: 'Skillnad mellan kvinnor och män på minst 10 procentenheter.',
    noFlags: 'Jämn könsfördelning och inga stora skillnader i utfall.',
    difference: 'Skillnad (män − kvinnor)',
    columns: { total: 'Totalt', kvinna: 'Kvinnor', man: 'Män' },
    trend: {
      intro:
        'Utfallet per kalenderår för samma gruppering: välj nyckeltal och år. Diagrammet visar kvinnor (heldragen linje) och män (streckad) per grupp; tabellen under har samma siffror, också för totalt.',
      fromYear: 'Från år',
      toYear: 'Till år',
      chart: '{{indicator}} per år, kvinnor och män',
      chartDescription:
        'Linjediagram: {{indicator}} per år för kvinnor och män i varje grupp. Siffrorna finns i tabellen under diagrammet.',
      table: '{{indicator}} per år',
      xlsx: 'Ladda ner Excel (alla nyckeltal, ett blad per grupp)',
    },
    comparisonNote:
      'Länet och riket omfattar alla förbunds avslutade deltagare (antalet förbund står inom parentes) och visas alltid med röjandeskydd. Förbundets egna tal är exakta, så summorna kan skilja sig något. Jämförelsen tas fram för hela kalenderperioder.',
  },
};

const en: typeof sv = {
  report: {
    pdf: 'Download PDF for the board',
    workChart: 'Share in employment after exit, women and men',
    workChartDescription:
      'Bar chart: the share in employment after exit per group, women and men. The figures are in the tables.',
    beforeAfter: {
      intro:
        'Income support and occupation before start and at exit for participants who exited during the period. Count and, in brackets, share of the group’s exits. A participant can have several sources of income, so shares do not add up to 100 %.',
      group: 'Group',
      support: 'Income support before start and at exit',
      occupation: 'Occupation before start and at exit',
      supportCode: 'Income support',
      occupationCode: 'Occupation',
      before: 'Before start',
      after: 'At exit',
      chart: 'Income support before start and at exit, share of exits (total)',
      chartDescription:
        'Bar chart: the share with each income support before start and at exit. The figures are in the table above.',
      transitions: 'Support after, for a chosen support before',
      chooseBefore: 'Income support before start',
      transitionsCaption: 'Income support at exit for those who had {{code}} before start. Share of them.',
      supportAfter: 'Income support at exit',
    },
    xlsx: 'Download Excel (one sheet per grouping)',
    xlsxOne: 'Download Excel',
    points: '{{n}} percentage points',
    title: 'Outcome report',
    intro: 'Participants who exited during the period, as in SUS. Registration errors are not counted.',
    from: 'From',
    to: 'To',
    groupBy: 'Group by',
    groupings: { intervention: 'Intervention', association: 'Association', county: 'County', national: 'Sweden' },
    views: { table: 'Table', gender: 'Gender equality', beforeAfter: 'Before and after', trend: 'Over time' },
    show: 'Show',
    indicator: 'Indicator',
    empty: 'No participants exited during the period.',
    suppressed:
      'Disclosure control: counts 1–{{max}} are shown as "<{{threshold}}" and what is computed from them as "..". Other counts are moved at random by at most {{noise}}, always the same for the same participants, so that nobody can work out one person’s data by comparing reports. Parts may therefore differ slightly from the total.',
    periodKind: 'Period',
    periodKinds: { year: 'Year', half_year: 'Half-year', tertial: 'Tertial', month: 'Month', custom: 'Own dates' },
    year: 'Year',
    publish: 'Protected version for publication',
    publishHelp: 'The same disclosure control as the board and others without access to personal data get.',
    csv: 'Download CSV',
    uneven: 'Uneven gender distribution: {{share}} women (even is 40–60 %).',
    gap: 'Difference between women and men of at least 10 percentage points.',
    noFlags: 'Even gender distribution and no large differences in outcomes.',
    difference: 'Difference (men − women)',
    columns: { total: 'Total', kvinna: 'Women', man: 'Men' },
    trend: {
      intro:
        'The outcome per calendar year for the same grouping: choose an indicator and the years. The chart shows women (solid line) and men (dashed) per group; the table below has the same figures, also for the total.',
      fromYear: 'From year',
      toYear: 'To year',
      chart: '{{indicator}} per year, women and men',
      chartDescription:
        'Line chart: {{indicator}} per year for women and men in each group. The figures are in the table below the chart.',
      table: '{{indicator}} per year',
      xlsx: 'Download Excel (every indicator, one sheet per group)',
    },
    comparisonNote:
      'The county and the nation cover the exited participants of every association (the number of associations is in brackets) and are always shown with disclosure control. The association’s own figures are exact, so totals may differ slightly. The comparison covers whole calendar periods.',
  },
};

export const reportsMessages = { sv, en };
