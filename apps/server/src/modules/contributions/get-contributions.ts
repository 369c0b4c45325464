import { FinanceInputError, percentKeySummary, memberContributions, type KommunKey } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize, personNameFor } from '../../platform/access-control';
import { bodyMembersOf, findAssociation } from '../organisation/organisation.repository';
import { inhabitantsOf, keyOf, payingMembers, stateMoneyOf } from './contributions.repository';

export const CONTRIBUTION_BASES = ['requested', 'granted'] as const;
export type ContributionBasis = (typeof CONTRIBUTION_BASES)[number];

const names = (rows: { name: string }[]) => rows.map((r) => r.name).join(', ');

/**
 * The members' contributions of a förbund for a year (issue 16 §3): the key (saved, or by inhabitants when
 * none is saved), its basis per member, and a table on the requested state amount and, once granted, one on
 * the granted amount. What stops a table is said in `problems`, in Swedish, naming what is missing and who
 * enters it. Money figures, not counts of people: no disclosure control (decision 0055).
 */
export async function getContributions(ex: Executor, actor: Actor, associationId: string, year: number) {
  authorize(actor, 'finance.read', associationId);
  const association = await findAssociation(ex, associationId);
  const { regions, kommuner } = await payingMembers(ex, associationId);
  const saved = await keyOf(ex, associationId, year);
  const key = saved ?? { kind: 'inhabitants' as const, kommunPercents: [], regionPercents: [], version: null };
  const money = await stateMoneyOf(ex, associationId, year);
  const inhabitants = await inhabitantsOf(
    ex,
    year,
    kommuner.flatMap((k) => (k.municipalityCode ? [k.municipalityCode] : [])),
  );
  const kommunPercent = new Map(key.kommunPercents.map((p) => [p.memberId, p.percent]));
  const regionPercent = new Map(key.regionPercents.map((p) => [p.memberId, p.percent]));

  const problems: string[] = [];
  if (regions.length === 0) problems.push('Förbundet har ingen region bland medlemmarna (under Förbund, Medlemmar).');
  if (kommuner.length === 0) problems.push('Förbundet har ingen kommun bland medlemmarna (under Förbund, Medlemmar).');
  if (key.kind === 'inhabitants') {
    const missing = kommuner.filter((k) => !k.municipalityCode || !inhabitants.has(k.municipalityCode));
    if (missing.length > 0)
      problems.push(
        `Invånare 16–64 år för ${year} saknas för ${names(missing)}. Systemadministratören läser in dem under Statens fördelning (modellåret, Importera indata per kommun); till dess kan förbundet välja en överenskommen nyckel.`,
      );
  } else {
    const summary = percentKeySummary(kommuner, key.kommunPercents, 'Kommunernas');
    if (summary) problems.push(summary);
  }
  const regionSummary =
    key.regionPercents.length > 0 ? percentKeySummary(regions, key.regionPercents, 'Regionernas') : null;
  if (regionSummary) problems.push(regionSummary);
  const keyReady = problems.length === 0;
  if (money?.requested == null)
    problems.push(
      `Förbundets ansökta statliga belopp för ${year} finns inte i Insikt: skriv in det under Ekonomi – Statliga medel.`,
    );
  const kommunKey: KommunKey =
    key.kind === 'inhabitants'
      ? {
          kind: 'inhabitants',
          kommuner: kommuner.map((k) => ({ ...k, inhabitants16to64: inhabitants.get(k.municipalityCode ?? '') ?? 0 })),
        }
      : { kind: 'agreed', kommuner: kommuner.map((k) => ({ ...k, percent: kommunPercent.get(k.id) ?? 0 })) };
  const regionsWithShare = regions.map((r) =>
    regionPercent.has(r.id) ? { ...r, percent: regionPercent.get(r.id)! } : { id: r.id, name: r.name },
  );
  const tables = [];
  for (const basis of CONTRIBUTION_BASES) {
    const amount = money?.[basis];
    if (!keyReady || amount == null) continue;
    try {
      const c = memberContributions(amount, regionsWithShare, kommunKey);
      tables.push({
        basis,
        stateAmount: c.stateAmount,
        regionTotal: c.regionTotal,
        kommunTotal: c.kommunTotal,
        total: c.total,
        rows: [
          ...c.regions.map((p) => ({
            memberId: p.id,
            name: p.name,
            kind: 'region' as const,
            share: p.share,
            amount: p.amount,
          })),
          ...c.kommuner.map((p) => ({
            memberId: p.id,
            name: p.name,
            kind: 'municipality' as const,
            share: p.share,
            amount: p.amount,
          })),
        ],
      });
    } catch (error) {
      if (!(error instanceof FinanceInputError)) throw error;
      problems.push(error.message);
      break;
    }
  }
  return {
    associationId,
    associationName: association?.name ?? '',
    year,
    key: {
      kind: key.kind,
      kommunPercents: key.kommunPercents,
      regionPercents: key.regionPercents,
      version: key.version,
    },
    regions: regions.map((r) => ({ id: r.id, name: r.name, percent: regionPercent.get(r.id) ?? null })),
    kommuner: kommuner.map((k) => ({
      id: k.id,
      name: k.name,
      municipalityCode: k.municipalityCode,
      inhabitants16to64: k.municipalityCode ? (inhabitants.get(k.municipalityCode) ?? null) : null,
      percent: kommunPercent.get(k.id) ?? null,
    })),
    stateMoney: money,
    problems,
    tables,
  };
}
export type ContributionsView = Awaited<ReturnType<typeof getContributions>>;

/** Förbundschefen's name for the letter's signature line, where the actor may see the förbund's people. */
export async function letterSigner(ex: Executor, actor: Actor, associationId: string) {
  const director = (await bodyMembersOf(ex, associationId)).find(
    (b) => b.body === 'office' && b.bodyRole === 'director',
  );
  return director ? personNameFor(actor, associationId, director.name) : null;
}
