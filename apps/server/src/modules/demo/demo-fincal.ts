import { and, eq, inArray } from 'drizzle-orm';
import { defaultFinanceEvents } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { associations, contributionKeys, financeCalendars, members, stateMoneyYears } from '../../db/schema';
import { DEMO_ASSOCIATIONS } from './demo-data';

/** The year the demo's contributions are for: the letter in spring is about the coming year. */
export const DEMO_CONTRIBUTION_YEAR = 2027;

/**
 * Requested state money for the demo year, used only where finacc's demo has not written the year: 003's
 * 2019 levels (Finnveden took its whole 2 570 000 kr; Höglandet 3 205 000 and Södra Vätterbygden
 * 3 036 000 kr, the amounts in brackets that the issue reads as money used).
 */
const REQUESTED: Record<string, number> = {
  sodravatterbygden: 3_036_000,
  finnveden: 2_570_000,
  hoglandet: 3_205_000,
};

/** Finnveden's kommuner have agreed a key (percent); the others split by inhabitants 16–64. */
const AGREED: Record<string, Record<string, number>> = {
  finnveden: { '0662': 35, '0617': 12, '0665': 18, '0683': 35 },
};

/**
 * The member contributions and the yearly cycle of the demo förbund (issue 16 §9): a key per förbund
 * (Finnveden agreed, the others by inhabitants), the default cycle, and Höglandet with its second interim
 * report on 30 September.
 */
export async function demoFincal(tx: Tx): Promise<void> {
  for (const demo of DEMO_ASSOCIATIONS) {
    const [association] = await tx.select().from(associations).where(eq(associations.name, demo.name));
    if (!association) continue;
    const associationId = association.id;
    await tx
      .insert(stateMoneyYears)
      .values({ associationId, year: DEMO_CONTRIBUTION_YEAR, requested: REQUESTED[demo.slug]! })
      .onConflictDoNothing();
    const agreed = AGREED[demo.slug];
    const kommuner = agreed
      ? await tx
          .select()
          .from(members)
          .where(
            and(
              eq(members.associationId, associationId),
              eq(members.kind, 'municipality'),
              inArray(members.municipalityCode, Object.keys(agreed)),
            ),
          )
      : [];
    await tx.insert(contributionKeys).values({
      associationId,
      year: DEMO_CONTRIBUTION_YEAR,
      kind: agreed ? 'agreed' : 'inhabitants',
      kommunPercents: kommuner.map((k) => ({ memberId: k.id, percent: agreed![k.municipalityCode!]! })),
    });
    if (demo.slug === 'hoglandet') {
      const events = defaultFinanceEvents().map((e) => (e.key === 'interimReport2' ? { ...e, month: 9, day: 30 } : e));
      await tx.insert(financeCalendars).values({ associationId, events });
    }
  }
}
