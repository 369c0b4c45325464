import { interviewGuide } from './build';

/**
 * 002 Bilaga 1–3: the interview guides, Swedish only, word for word (bold markers left out, their
 * words kept; the seed's own slips such as "i samsyn" and "för hållande" kept). Each question is a
 * free-text field for the interviewer's notes on the answer. Place names stay as in the seed: the
 * förbund edits its copy.
 */
type Q = [string, string, string?];
const numbered = (texts: string[]): Q[] => texts.map((text, i) => [`fraga-${i + 1}`, text]);

/** Bilaga 1 (seed l.1314–1344): adapted and used for several actors. */
export const interviewB1 = interviewGuide(
  'Frågeguide intervjuer',
  'Följande frågeguide har anpassats och använts till flera olika aktörer',
  [
    {
      id: 'avsnitt-1',
      questions: numbered([
        'Kan du beskriva din roll och ditt ansvar för arbete som sker inom Samordningsförbundet i Uppsala län?',
        'Finns en samsyn mellan KS/KF och förbundsstyrelsens om syfte/mål med att delta i SF.',
        'Upplever förbundsstyrelserepresentanter att de representerar SF som helhet eller sin moderorganisation?',
        'Anser du att roll och ansvarsfördelningen är tydlig för dig och för samverkande parter (förbundsstyrelse, arbetsutskott, kansli och förbundsberedning)?',
        'Är målen för samordningsförbundets verksamhet tydliga för dig? Vilka mål är prioriterade utifrån ditt perspektiv?',
        'Hur ska målen uppnås?',
        'Upplever du att det finns i samsyn kring målen och det arbete som bedrivs inom Samordningsförbundet?',
        'Finns det spänningar inom styrelsen?',
        'Tycker du att du har koll på de andra ägarorganisationernas uppdrag på ett sådant sätt att det är klart för dig hur samverkan ska ge mervärde?',
        'Vilka är de prioriterade målgrupperna för samordningsförbundets verksamhet?',
        'Finns det samsyn kring prioriterade målgrupper inom förbundet/förbundsstyrelsen?',
        'Hur mycket vet du om de projekt som pågår inom Samordningsförbundet?',
        'Är din huvudorganisation delaktig i något? Vad är era tankar med att vara med?',
        'Är det på rätt beslutsnivå/person med rätt mandat som skriver under inför projektstart? Har organisationerna beredskap att ta ansvar för projektresultat? Är det lättare i liten kommun där olika mandat är samlade på färre personer.',
        'Anser du att samordningen ökar effektiviteten och leder till ett bättre resursutnyttjande som stöd för Samordningsförbundets målgrupper?',
        'Hur säkerställer ni i den grupp som du representerar att det arbete som sker inom Samordningsförbundet håller hög kvalitet?',
        'Hur följer förbundet upp verksamhetens resultat utifrån olika intressenters krav och behov?',
        'Fokuserar Samordningsförbundet på rätt saker utifrån ditt sätt att se på verksamheten? Vad behöver prioriteras mer eller förbättras?',
        'Vilka aktiviteter ser du som viktigast för att stärka samverkan mellan intressenterna/ägarna?',
        'Hur arbetar du och styrelsen för att implementera de lärdomar som görs i Samordningsförbundets projekt? Hur ser den interna kommunikationen ut i kommunen? Hur tar Samordningsförbundets styrgruppsrepresentanter med sig frågan till sin kommun?)',
        'Vad ser du för mervärden av den samordning som förbundet medför?',
        'Medlemsdialog/ Ägardialog (med KSO ordförande eller den som sätter budget) - har du deltagit? Vad tycker du?',
        'Budgetprocessen: Hur fungerar den?',
        'SWOT - vilka är styrkorna, svagheter i nuläget? Vad ser du för hinder, möjligheter för ett fortsatt framgångsrikt arbete?',
        'Vad ser du som viktigast för utvärderingen att titta på i för hållande till olika intressenters ordinarie verksamhet?',
        'Övriga kommentarer?',
      ]),
    },
  ],
);

/** Bilaga 2 (seed l.1346–1361): kommunstyrelseordföranden and kommunchefer. */
export const interviewB2 = interviewGuide('Frågeguide kommunstyrelseordföranden/kommunchefer', undefined, [
  {
    id: 'avsnitt-1',
    title: 'kommunstyrelseordföranden/kommunchefer',
    questions: numbered([
      'Er kommun bidrar ju med finansiering till Samordningsförbundet och de olika aktiviteter, främst projektverksamhet, som bedrivs inom Samordningsförbundet i Uppsala län. Hur väl insatt är du i detta?',
      'Känner du till om kommunen/myndigheten/landstinget tagit tillvara på erfarenheter från olika projekt som genomförts i Samordningsförbundets regi? Har detta förändrat arbetssätt alternativt organisationen av verksamhet inom den organisation som du representerar? Om ja, ge exempel.',
      'Har kommunens/myndigheternas/landstingets arbete i övrigt på något sätt förändrats som en följd av delaktighet/samverkan i Samordningsförbundet?',
      'Anser du att Samordningsförbundet har haft en stärkande inverkan på utveckling av en regional samverkan mellan deltagande kommuner, berörda myndigheter (Af/Fk) och/eller landstinget?',
      'Uppfattar du att Samordningsförbundet bedriver ett attitydpåverkande arbete som stärkt möjligheter till en finansiell samverkan? Om ja, har detta i någon mån medfört att man agerar mer långsiktigt än vad man i annat fall skulle agera?',
      'Upplever du att kommunens/myndigheternas/landstingets medverkan i Samordningsförbundet bidrar till en mer effektiv rehabilitering för förbundets prioriterade målgrupper? På vilket sätt? Ge exempel.',
      'Om det inte hade funnits ett Samordningsförbund hade arbetet kring förbundets prioriterade målgrupper i så fall sett annorlunda ut? Om ja, på vilket sätt?',
      'Utifrån den finansiering som kommunen/myndigheten/landstinget bidrar med, är nyttan av Samordningsförbundets insatser i nivå med vad som kan förväntas utifrån er organisations synvinkel? På vilket sätt? Ge exempel.',
      'Rent generellt, i vilken utsträckning ger samverkan i ett Samordningsförbund mervärde för kommunen/myndigheterna/landstinget, samt för förbundets prioriterade målgrupper?',
      'Vilka mervärden har den länsvisa samverkan som sker med stöd av Samordningsförbundet i jämförelse med det rehabiliteringsarbete som bedrivs i enskilda kommuner? Hur påverkas myndigheterna och landstinget?',
      'Sett ur er organisations synvinkel, vilken funktion anser du att Samordningsförbundet bör ha för att på bästa sätt svara upp mot upplevda behov? (projekt, fokus på mer tematiska frågor, nätverksfunktion, stöd till individer, koppling till regionförbundet)',
      'Övriga kommentarer?',
    ]),
  },
]);

const NO_HAND_RAISED = 'Om du inte räckt upp handen på något av dem:';

/**
 * Bilaga 3 (seed l.1363–1418), Frågor till deltagare projekt, sections A–F as in the seed. The
 * occupation options of question 3 are its help text; the follow-ups to question 4 are asked only
 * of those who raised no hand; 5–7 are one sentence in the seed, kept as its three numbered parts.
 */
export const interviewB3 = interviewGuide('Frågor till deltagare projekt', undefined, [
  {
    id: 'avsnitt-1',
    title: 'A. Bakgrund – Förväntningar/deltagande',
    questions: [
      ['fraga-1', 'Man/kvinna'],
      ['fraga-2', 'Ålder'],
      [
        'fraga-3',
        'Sysselsättning före arbetslösheten (studier/arbete/annat - omfattning i tid)?',
        'Arbete\nArbetsökande\nSjukskrivning\nStudier\nAnnan sysselsättning, nämligen...',
      ],
    ],
  },
  {
    id: 'avsnitt-2',
    title: 'B. Målsättningar',
    intro: 'Följande frågor handuppräknad:',
    questions: [
      [
        'fraga-4',
        'Anser du att projektet ger dig möjlighet att gå vidare mot .. arbete/fortsatt utbildning/annan försörjning?',
      ],
      [
        'fraga-4a',
        'Har du via projektet kommit längre i rehabilitering än vad som tidigare varit möjligt?',
        NO_HAND_RAISED,
      ],
      ['fraga-4b', 'Närmat arbetslivet på något sätt?', NO_HAND_RAISED],
      ['fraga-5', 'Känner man att projektet är meningsfullt,'],
      ['fraga-6', 'motiverande och'],
      ['fraga-7', 'utvecklande?'],
      ['fraga-8', 'Är du mer delaktig i din rehabilitering nu? Hur ska det vara när man är delaktig?'],
    ],
  },
  {
    id: 'avsnitt-3',
    title: 'C. Aktiviteter',
    questions: [
      ['fraga-9', 'Hur trivs man i projektet?'],
      ['fraga-10', 'Upplever man att projektet omfattar rätt åtgärder i förhållande till de egna behoven?'],
    ],
  },
  {
    id: 'avsnitt-4',
    title: 'D. Samverkan',
    questions: [
      ['fraga-11', 'Samverkan olika myndigheter? Vilka?'],
      ['fraga-12', 'Hur märks det av?'],
      [
        'fraga-13',
        'På vilket sätt är det till hjälp? Exempel på hur det fungerar i projektet, jämfört med tidigare kontakter.',
      ],
    ],
  },
  {
    id: 'avsnitt-5',
    title: 'E. Förbättringar: hur ska vi få till den bästa rehabiliteringen?',
    questions: [
      ['fraga-14', 'Finns det svagheter i hur myndigheterna samverkar?'],
      ['fraga-15', 'Vilka förbättringar behövs? (andra arbetssätt, andra aktörer)'],
    ],
  },
  {
    // The seed's section F has a heading and no question: one notes field under it.
    id: 'avsnitt-6',
    title: 'F. Övriga synpunkter',
    questions: [['fraga-16', 'Övriga synpunkter']],
  },
]);
