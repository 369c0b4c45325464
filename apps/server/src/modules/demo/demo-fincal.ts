import { and, eq, inArray } from 'drizzle-orm';
import { defaultFinanceEvents } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { associations, contributionKeys, financeCalendars, members } from '../../db/schema';
import { DEMO_ASSOCIATIONS, demoBudgetYear } from './demo-data';

/** Finnveden's kommuner have agreed a key (percent); the others split by inhabitants 16–64. */
const AGREED: Record<string, Record<string, number>> = {
  finnveden: { '0662': 35, '0617': 12, '0665': 18, '0683': 35 },
};

/**
 * The member contributions and the yearly cycle of the demo förbund (issue 16 §9): a key per förbund for
 * the budget year (Finnveden agreed, the others by inhabitants; the requested state money and the
 * inhabitants are the finance demo's), the default cycle, and Höglandet with its second interim report
 * on 30 September.
 */
export async function demoFincal(tx: Tx, today: string): Promise<void> {
  for (const demo of DEMO_ASSOCIATIONS) {
    const [association] = await tx.select().from(associations).where(eq(associations.name, demo.name));
    if (!association) continue;
    const associationId = association.id;
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
      year: demoBudgetYear(today),
      kind: agreed ? 'agreed' : 'inhabitants',
      kommunPercents: kommuner.map((k) => ({ memberId: k.id, percent: agreed![k.municipalityCode!]! })),
    });
    if (demo.slug === 'hoglandet') {
      const events = defaultFinanceEvents().map((e) => (e.key === 'interimReport2' ? { ...e, month: 9, day: 30 } : e));
      await tx.insert(financeCalendars).values({ associationId, events });
    }
  }
}
