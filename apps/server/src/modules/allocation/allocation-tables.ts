import {
  formatShare,
  kommunName,
  membersInFocus,
  PROTECTION_COST_ASSUMPTION,
  type AllocationResult,
  type ForbundAllocation,
  type SimulationChange,
} from '@insikt/core';
import { figure } from '../../platform/excel';
import type { AnalysisCell } from '../socioeconomic/analysis-tables';
import type { SimulationOutcome } from './simulation-result';

/**
 * The tables of the allocation model and a simulation, shared by the PDF and the Excel export so both
 * say the same in the same words. The protection's cost always carries its label as an assumption
 * (issue 16: "label it as one"; PROTECTION_COST_ASSUMPTION).
 */
export interface Table {
  title: string;
  header: string[];
  rows: AnalysisCell[][];
  note?: string;
}

const kr = (value: number) => figure(value, 'kronor');
const PROTECTION_COST = 'Skyddets kostnad (antagande)';

const protectedText = (f: ForbundAllocation) =>
  f.protected
    ? `ja, golv ${f.protectionFloor!.toLocaleString('sv-SE')} kr`
    : f.notProtectedReason === 'new'
      ? 'nej, nytt förbund'
      : 'nej, över riktlinjen';

/** The model's result per förbund, each rule's part (issue 16 §5). */
export function resultTable(result: AllocationResult, year: number): Table {
  const total = (pick: (f: ForbundAllocation) => number) => kr(result.forbund.reduce((s, f) => s + pick(f), 0));
  const columns: ((f: ForbundAllocation) => number)[] = [
    (f) => f.parts.baseGrant,
    (f) => f.parts.supportMeasureKey,
    (f) => f.parts.inhabitantsKey,
    (f) => f.parts.protection,
    (f) => f.parts.protectionCost,
    (f) => f.offer,
    (f) => f.parts.unrequested,
    (f) => f.parts.redistributed,
    (f) => f.granted,
  ];
  return {
    title: `Fördelningsmodellen ${year}: statliga medel per förbund`,
    header: [
      'Förbund',
      'Grundbidrag',
      'Försörjningsmått',
      'Invånare 16–64',
      'Skydd',
      PROTECTION_COST,
      'Erbjudande',
      'Förändring från fjolår',
      'Ej ansökt',
      'Omfördelat',
      'Beviljat',
      'Skyddat',
    ],
    rows: [
      ...result.forbund.map((f) => [
        f.name,
        ...columns.slice(0, 6).map((c) => kr(c(f))),
        f.changeFromLastYear === null ? '–' : kr(f.changeFromLastYear),
        ...columns.slice(6).map((c) => kr(c(f))),
        protectedText(f),
      ]),
      ['Totalt', ...columns.slice(0, 6).map(total), '', ...columns.slice(6).map(total), ''],
    ],
    note: [
      PROTECTION_COST_ASSUMPTION,
      result.scaled ? 'Ansökningarna var större än beloppet att fördela och har skalats ned.' : '',
      `Ej fördelat (ingen ansökte): ${result.notDistributed.toLocaleString('sv-SE')} kr.`,
    ]
      .filter(Boolean)
      .join(' '),
  };
}

type Result = NonNullable<SimulationOutcome['result']>;

/** Before and after per förbund, the difference per rule (core `simulate`). */
export function simulationForbundTable(result: Result): Table {
  return {
    title: 'Före och efter per förbund',
    header: [
      'Förbund',
      'Beviljat före',
      'Beviljat efter',
      'Skillnad',
      'varav grundbidrag',
      'varav nycklar',
      `varav skydd och ${PROTECTION_COST.toLowerCase()}`,
      'varav ansökningar',
      'Medlemmarnas motsvarande andel, skillnad',
      'Skyddat efter',
    ],
    rows: result.rows.map((r) => [
      r.formerIds.length > 1 ? `${r.name} (sammanslaget av ${r.formerIds.length})` : r.name,
      kr(r.before.granted),
      kr(r.after.granted),
      kr(r.difference.granted),
      kr(r.difference.baseGrant),
      kr(r.difference.keys),
      kr(r.difference.protection),
      kr(r.difference.requests),
      kr(r.difference.membersMatching),
      r.protectedAfter ? 'ja' : 'nej',
    ]),
    note: `Medlemmarna (region och kommuner) matchar det beviljade statliga beloppet, så deras andel ändras lika mycket. ${PROTECTION_COST_ASSUMPTION}`,
  };
}

/**
 * Before and after per member (core `memberComparison`): the members of merged förbund and förbund in
 * Insikt (`linked`), and with `all` the rest of the country after them.
 */
export function simulationMemberTable(result: Result, linked: ReadonlySet<string>, all: boolean): Table {
  const { focus, rest } = membersInFocus(result, linked);
  return {
    title: 'Före och efter per medlem',
    header: ['Medlem', 'Före', 'Efter', 'Skillnad'],
    rows: [...focus, ...(all ? rest : [])].map((m) => [
      m.kind === 'kommun' ? kommunName(m.name) : m.name,
      kr(m.before),
      kr(m.after),
      kr(m.difference),
    ]),
    note: [
      'Regionen och kommunerna betalar var sin hälft av förbundets beviljade statliga medel; kommunernas hälft fördelas efter invånare 16–64.',
      !all && rest.length ? `Övriga ${rest.length} medlemmar i landet finns i Excel-filen.` : '',
      result.notSplit.length ? `Kunde inte fördelas på medlemmar: ${result.notSplit.join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/** Each merger's pooled equity against the guideline (decision 0054). */
export function pooledTable(result: Result): Table {
  const amount = (v: number | null) => (v === null ? 'saknas' : kr(v));
  return {
    title: 'Sammanslagna förbunds egna kapital mot riktlinjen',
    header: ['Förbund', 'Regel', 'Intäkter', 'Eget kapital', 'Andel', 'Tillåtet', 'Över riktlinjen'],
    rows: result.pooled.map((p) => {
      const a = p.assessment;
      return [
        p.name,
        p.rule === 'sum' ? 'summa av förbundens eget kapital' : 'angivet belopp',
        amount(p.income),
        amount(p.equity),
        p.income && p.equity !== null ? formatShare(p.equity / p.income) : '–',
        a && a.status !== 'not-covered' ? kr(a.allowed) : a ? 'steget saknas i riktlinjen' : 'ej prövat',
        a && a.status !== 'not-covered' ? kr(a.above) : '–',
      ];
    }),
  };
}

/** The changes of a simulation in words. */
export function changeTexts(changes: readonly SimulationChange[], nameOf: (id: string) => string): string[] {
  return changes.map((c) => {
    if (c.kind === 'merge')
      return `${c.forbundIds.map(nameOf).join(', ')} slås samman till ${c.name} (eget kapital: ${c.pooling.rule === 'sum' ? 'summan av förbundens' : `${c.pooling.equity.toLocaleString('sv-SE')} kr`}).`;
    if (c.kind === 'distributable') return `Beloppet att fördela blir ${c.amount.toLocaleString('sv-SE')} kr.`;
    if (c.kind === 'request')
      return `${nameOf(c.forbundId)} ansöker om ${c.requested === null ? 'hela erbjudandet' : `${c.requested.toLocaleString('sv-SE')} kr`}.`;
    return `Kommun ${c.kommunId} flyttas till ${nameOf(c.toForbundId)}.`;
  });
}

/** 003 §8.2 in words for each merger: lost base grants, the members' matching share, what returns through the keys. */
export function mergerSummaries(result: Result): string[] {
  return result.rows
    .filter((r) => r.formerIds.length > 1)
    .map(
      (r) =>
        `${r.name}: grundbidragen blir ${(-r.difference.baseGrant).toLocaleString('sv-SE')} kr lägre och medlemmarnas motsvarande andel lika mycket lägre; ${r.difference.keys.toLocaleString('sv-SE')} kr kommer tillbaka genom nycklarna när beloppet att fördela är detsamma. Beviljat ändras med ${r.difference.granted.toLocaleString('sv-SE')} kr.`,
    );
}
