import type { MechanismTheme } from './schema';

/**
 * The change mechanisms seed 001 (ASKing's cluster evaluation for Samordningsförbundet Sydöstra Skåne,
 * §1.4.1) states as the parties' assumptions, under its four themes, worded as in the source and
 * named by the insats they were written for. Offered as a starting list: a förbund keeps, edits or
 * removes them; a copied mechanism is marked as coming from 001.
 */
export const SEED_001_MECHANISMS: readonly { theme: MechanismTheme; text: string }[] = [
  {
    theme: 'foundation',
    text: 'Samverkansresurs: Ökad kunskap och förståelse för varandras uppdrag och värdet av samverkan ska stödja upprättandet av tydliga kontaktvägar och arbetsrutiner mellan samverkande parter och leda till etablerade former och forum för dialog och ärendehantering.',
  },
  {
    theme: 'foundation',
    text: 'Arena för arbete: Grunden för samverkan mellan samverkanspartnerna bygger på utvecklingen av bättre kunskap och förståelse om varandras organisationer och uppdrag, samt förbättrat förtroende mellan parterna.',
  },
  {
    theme: 'foundation',
    text: 'Möjligheternas hus: Grunden för samverkan mellan samverkanspartnerna bygger på utvecklingen av bättre kunskap och förståelse om varandras organisationer och uppdrag, en samsyn om målgruppen och vinsterna med samverkan samt förbättrat förtroende och en öppen dialog mellan parterna.',
  },
  {
    theme: 'foundation',
    text: 'Maria Skåne Sydost: En grundläggande förutsättning för att få till stånd en samverkan kring målgruppen är att parterna arbetar utifrån en gemensam värdegrund. Kunskapsförmedling från personalen inom mariamottagningen till andra aktörer/remittenter ska leda till en ökad samsyn kring målgruppens problematik och hur den bör hanteras.',
  },
  {
    theme: 'forms',
    text: 'Samverkansresurs: Lokalt etablerade former och rutiner för samverkan och ärendehantering mellan AF, FK och vården ska leda till att tiden då den slutliga målgruppen befinner sig i utanförskap förkortas.',
  },
  {
    theme: 'forms',
    text: 'Arena för arbete: En kommunal koordinatorfunktion i form av medarbetare som koordinerar planer, insatser och åtgärder mellan medverkande kommuner och AF utifrån de mål och behov som individen har, ska stödja att individen rör sig närmare arbetsmarknaden. Detta säkerställs genom koordinatorernas arbete med en processorienterad och individfokuserad kartläggning, vägledning och tät uppföljning med individen.',
  },
  {
    theme: 'forms',
    text: 'Möjligheternas hus: En flexibel arbetsprocess med fokus på individens behov i form av samverkansmöten, MI, gruppsamtal, KBT, hälsocoachning och vägledning stödjer individens inkludering i samhället och en stegförflyttning närmare egenförsörjning och rätt ersättning.',
  },
  {
    theme: 'forms',
    text: 'Maria Skåne Sydost: Ett arbetssätt som innebär att det i och mellan verksamheterna i kommuner och region/psykiatri, men också övriga aktörer/remittenter, finns ett flöde av processer och rutiner för dokumentation, administration och kommunikation som används av medarbetarna som en naturlig del i arbetet. Processerna ska fungera med utgångspunkt i individens förflyttning mellan huvudmännen.',
  },
  {
    theme: 'implementation',
    text: 'Samverkansresurs: Externa och interna informationsinsatser om uppdraget och lärdomar ur det ska stödja insatsens förankring och möjlighet att få genomslag i den dagliga verksamheten i samtliga organisationer.',
  },
  {
    theme: 'implementation',
    text: 'Arena för arbete: Löpande förankring av insatsen inom kommunerna och inom AF säkerställer att lärdomar implementeras genom etablerande av formella strukturer och vägar för kommunikation internt i och mellan kommunerna samt mellan kommunerna och AF.',
  },
  {
    theme: 'implementation',
    text: 'Möjligheternas hus: Löpande förankring av insatsen hos medarbetare och ledning inom samtliga samverkansparter, samt politiker, leder till en samsyn kring målet och utvecklingen av ett gemensamt horisontellt ansvar för dess förverkligande. Detta uttrycks genom etablering av formella samverkansstrukturer på alla nivåer och att samverkan tydligt uttrycks i funktioner och uppdrag för medarbetare.',
  },
  {
    theme: 'implementation',
    text: 'Maria Skåne Sydost: Utvecklingen av verksamheten handlar om att lokalt implementera ett redan utvecklat koncept som har stipulerats regionalt i Skåne. Maria Skåne Sydost anses vara implementerat när det har byggts upp ett arbetssätt som är en naturlig del i det förebyggande och behandlande arbetet. En del i implementeringen innebär att påverka politiker som ska se värdet av mottagningen som grund för beslut om en långsiktig finansiering och etablering av verksamheten.',
  },
  {
    theme: 'broader',
    text: 'Arena för arbete: Samverkan kring utveckling och implementering av koordinatorfunktionen och koordineringen av insatser, utbildningar och åtgärder som erbjuds till målgruppen leder till att kommunerna ser sig och börjar arbeta som en samlad arbetsmarknadsregion med gemensamma mål och funktioner.',
  },
  {
    theme: 'broader',
    text: 'Möjligheternas hus: Samverkan kring metodutvecklingen av en arbetsprocess med individens behov i fokus ska inspirera till samverkan inom andra arbetsområden mellan Finsams parter, dels genom genomförandet av insatsen men också genom dokumentation och strategisk förändringskommunikation av resultat och lärdomar.',
  },
];

/** Seed 001 §1.4.2's evaluation questions that any cluster of insatser can reuse, worded as in the source. */
export const SEED_001_QUESTIONS: readonly string[] = [
  'Leder insatserna och samverkansmetoderna till önskade effekter gällande utveckling av samverkan som stödjer deltagarnas utveckling mot inkludering och självförsörjning?',
  'Vad fungerar för vem och under vilka omständigheter i ”samverkansmetoden” och insatserna gentemot deltagarna?',
  'Vilka förutsättningar finns det i samverkansparternas organisationer, i form av t.ex. resurser, aktivt ägarskap, styrning, ledning och organisering, för att kunna implementera de arbetssätt för samverkan som utvecklas i insatserna?',
];
