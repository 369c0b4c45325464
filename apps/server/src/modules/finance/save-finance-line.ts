import { and, eq, sql } from 'drizzle-orm';
import type { BudgetAmountInput, FinanceLineInput, FinanceLineUpdateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { financeBudgets, financeLines, interventions } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound, versionConflict } from '../../platform/errors';
import { findIntervention } from '../interventions/interventions.repository';
import { findLine, lineByName } from './finance.repository';

/** A new line of the förbund's budget and accounts; an insats line links the insats (one line per insats). */
export async function createFinanceLine(tx: Tx, actor: Actor, associationId: string, input: FinanceLineInput) {
  authorize(actor, 'finance.manage', associationId);
  if (await lineByName(tx, associationId, input.name)) {
    throw conflict(`Förbundet har redan en rad som heter ${input.name}.`);
  }
  if (input.interventionId) {
    if (!(await findIntervention(tx, associationId, input.interventionId))) {
      throw invalid([
        { field: 'interventionId', message: 'Insatsen finns inte i förbundet.', value: input.interventionId },
      ]);
    }
    const [taken] = await tx
      .select({ id: financeLines.id })
      .from(financeLines)
      .where(eq(financeLines.interventionId, input.interventionId));
    if (taken) throw conflict('Insatsen har redan en rad i budgeten.');
  }
  const values = {
    name: input.name,
    kind: input.kind,
    incomeSource: input.kind === 'income' ? (input.incomeSource ?? null) : null,
    interventionId: input.interventionId ?? null,
    administration: input.administration,
  };
  const [row] = await tx
    .insert(financeLines)
    .values({ associationId, ...values })
    .returning();
  await writeAudit(tx, actor, {
    action: 'finance.line_create',
    entityType: 'finance_line',
    entityId: row!.id,
    associationId,
    details: { before: null, after: values },
  });
  return row!;
}

/** Renames a line or changes whether it counts as administration (the förbund's stored choice). */
export async function updateFinanceLine(
  tx: Tx,
  actor: Actor,
  associationId: string,
  lineId: string,
  input: FinanceLineUpdateInput,
) {
  authorize(actor, 'finance.manage', associationId);
  const before = await findLine(tx, associationId, lineId);
  if (!before) throw notFound('Raden');
  if (before.interventionId && input.administration) {
    throw invalid([{ field: 'administration', message: 'En insats kostnader räknas inte som administration.' }]);
  }
  if (before.kind === 'income' && input.administration) {
    throw invalid([{ field: 'administration', message: 'Bara kostnadsrader kan vara administration.' }]);
  }
  const same = await lineByName(tx, associationId, input.name);
  if (same && same.id !== lineId) throw conflict(`Förbundet har redan en rad som heter ${input.name}.`);
  const [row] = await tx
    .update(financeLines)
    .set({
      name: input.name,
      administration: input.administration,
      version: sql`${financeLines.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(financeLines.associationId, associationId),
        eq(financeLines.id, lineId),
        eq(financeLines.version, input.version),
      ),
    )
    .returning();
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'finance.line_update',
    entityType: 'finance_line',
    entityId: lineId,
    associationId,
    details: {
      before: { name: before.name, administration: before.administration },
      after: { name: input.name, administration: input.administration },
    },
  });
  return row;
}

/**
 * The budget (or plan) of a line for a year. An insats line's amount is written into the insats's own
 * budget (`interventions.budgets`), against the insats's version: the one place it is kept (decision 0051).
 */
export async function saveBudgetAmount(
  tx: Tx,
  actor: Actor,
  associationId: string,
  lineId: string,
  year: number,
  input: BudgetAmountInput,
) {
  authorize(actor, 'finance.manage', associationId);
  const line = await findLine(tx, associationId, lineId);
  if (!line) throw notFound('Raden');
  let before: number | null;
  if (line.interventionId) {
    const insats = await findIntervention(tx, associationId, line.interventionId);
    if (!insats) throw notFound('Insatsen');
    before = insats.budgets.find((b) => b.year === year)?.budget ?? null;
    const budgets = insats.budgets.some((b) => b.year === year)
      ? insats.budgets.map((b) => (b.year === year ? { ...b, budget: input.amount } : b))
      : [...insats.budgets, { year, budget: input.amount, actualCost: null }].sort((a, b) => a.year - b.year);
    const [row] = await tx
      .update(interventions)
      .set({ budgets, version: sql`${interventions.version} + 1`, updatedAt: new Date() })
      .where(and(eq(interventions.id, insats.id), eq(interventions.version, input.version)))
      .returning({ id: interventions.id });
    if (!row) throw versionConflict();
  } else {
    const [bumped] = await tx
      .update(financeLines)
      .set({ version: sql`${financeLines.version} + 1`, updatedAt: new Date() })
      .where(and(eq(financeLines.id, lineId), eq(financeLines.version, input.version)))
      .returning({ id: financeLines.id });
    if (!bumped) throw versionConflict();
    const [old] = await tx
      .select({ amount: financeBudgets.amount })
      .from(financeBudgets)
      .where(and(eq(financeBudgets.lineId, lineId), eq(financeBudgets.year, year)));
    before = old?.amount ?? null;
    await tx
      .insert(financeBudgets)
      .values({ lineId, year, amount: input.amount })
      .onConflictDoUpdate({ target: [financeBudgets.lineId, financeBudgets.year], set: { amount: input.amount } });
  }
  await writeAudit(tx, actor, {
    action: 'finance.budget',
    entityType: line.interventionId ? 'intervention' : 'finance_line',
    entityId: line.interventionId ?? lineId,
    associationId,
    details: { line: line.name, year, before, after: input.amount },
  });
}
