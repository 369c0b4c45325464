import { DEFAULT_SUPPRESSION_THRESHOLD, protectionNoteSv, type EvidenceTable } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import type { Disclosure } from '../../platform/disclosure';

/** What every collector gets: who asks, for which förbund, insatser (none = the whole förbund) and year. */
export interface EvidenceContext {
  ex: Executor;
  actor: Actor;
  associationId: string;
  interventionIds: readonly string[];
  year: number;
  disclosure: Disclosure;
  /** What the figures cover when no report group names it (a year without exits): förbund or insatser. */
  fallbackScopeLabel: string;
  capturedAt: string;
}

/** Evidence always covers a whole calendar year: the period protection asks for (decision 0015). */
export const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The report grouping that names the document's scope: its förbund, or each of its insatser. */
export const groupingOf = (ctx: EvidenceContext) =>
  ctx.interventionIds.length ? ('intervention' as const) : ('association' as const);

/** The report's groups that the document covers: the förbund's own, or the listed insatser's. */
export function groupsOf<G extends { key: string }>(ctx: EvidenceContext, groups: readonly G[]): G[] {
  return ctx.interventionIds.length
    ? groups.filter((g) => ctx.interventionIds.includes(g.key))
    : groups.filter((g) => g.key === ctx.associationId);
}

/** The scope label of the report's groups ("Dina insatser i …", an insats and its förbund …). */
export const scopeLabelOf = (ctx: EvidenceContext, groups: readonly { label: string }[]) =>
  groups.length ? groups.map((g) => g.label).join('; ') : ctx.fallbackScopeLabel;

/** The threshold every evidence table is protected with, as for a role without personal-data access. */
export const THRESHOLD = DEFAULT_SUPPRESSION_THRESHOLD;

/** The sentence that says how protected figures were protected, after the definition. */
export const protectedDefinition = (definition: string) => `${definition} ${protectionNoteSv(THRESHOLD)}`;

/** A table of display text (header row first, its first cell the row labels' heading) as evidence. */
export function evidenceTable(
  ctx: EvidenceContext,
  fields: Pick<EvidenceTable, 'source' | 'title' | 'definition' | 'period' | 'scopeLabel' | 'protected'>,
  table: readonly (readonly string[])[],
): EvidenceTable {
  const [header = [], ...rows] = table;
  return {
    ...fields,
    columns: header.slice(1),
    rows: rows.map(([label = '', ...values]) => ({ label, values })),
    capturedAt: ctx.capturedAt,
  };
}
