import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { parseKommunInputTable, parseModelForbundTable, type TableInputRow, type TableIssue } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { allocationForbund, kommunYearInputs } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { invalid } from '../../platform/errors';
import { openTable } from '../import/read-table';
import { shownValue } from '../import/parse-row';
import { associationsByName, kommunInputsOf, kommunNames, modelForbundOf } from './allocation.repository';
import { storedForbund, withPrefill } from './model-forbund';
import { requireYear } from './model-years';

/** Sweden has 290 kommuner and about 80 förbund: a file far longer is no input file of the model. */
const MAX_ROWS = 2_000;

/** The header and rows of an uploaded CSV or XLSX file (the participant import's reader, decision 0017). */
export async function readModelFile(file: Buffer, fileName: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-allocation-'));
  const target = path.join(dir, 'upload');
  try {
    fs.writeFileSync(target, file, { mode: 0o600 });
    const table = await openTable(target, fileName);
    const rows: TableInputRow[] = [];
    const issues: TableIssue[] = [];
    for await (const r of table.rows()) {
      if (rows.length >= MAX_ROWS)
        throw invalid([{ field: 'fil', message: `Filen har fler än ${MAX_ROWS} rader.` }], 'Filen är för lång.');
      if (r.problem) issues.push(r.problem);
      else rows.push({ row: r.row, cells: r.cells });
    }
    return { headers: table.headers, rows, issues };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** All or nothing: every problem as a 400 issue naming the row, the column and the value (decision 0014). */
function refuse(issues: TableIssue[]): never {
  throw invalid(
    issues.map((i) => ({
      field: `rad ${i.row}, ${i.column}`,
      message: `Rad ${i.row}, kolumn ${i.column}: ${i.message}`,
      value: shownValue(i.value),
    })),
    `Filen importerades inte: ${issues.length} fel. Rätta dem och importera filen igen.`,
  );
}

/**
 * Replaces the year's inputs per kommun with the file's (issue 16 §5): all or nothing. The audit keeps
 * every changed kommun before and after.
 */
export async function importKommunInputs(tx: Tx, actor: Actor, year: number, file: Buffer, fileName: string) {
  authorize(actor, 'allocation.manage');
  await requireYear(tx, year);
  const table = await readModelFile(file, fileName);
  const parsed = parseKommunInputTable(table.headers, table.rows, await kommunNames(tx));
  const issues = [...table.issues, ...parsed.issues].sort((a, b) => a.row - b.row);
  if (issues.length) refuse(issues);
  const before = new Map((await kommunInputsOf(tx, year)).map((k) => [k.municipalityCode, k]));
  await tx.delete(kommunYearInputs).where(eq(kommunYearInputs.year, year));
  await tx.insert(kommunYearInputs).values(parsed.rows.map((r) => ({ ...r, year })));
  const changes = parsed.rows
    .filter((r) => {
      const b = before.get(r.municipalityCode);
      return !b || b.supportMeasure !== r.supportMeasure || b.inhabitants16to64 !== r.inhabitants16to64;
    })
    .map((r) => {
      const b = before.get(r.municipalityCode);
      return {
        municipalityCode: r.municipalityCode,
        before: b ? { supportMeasure: b.supportMeasure, inhabitants16to64: b.inhabitants16to64 } : null,
        after: { supportMeasure: r.supportMeasure, inhabitants16to64: r.inhabitants16to64 },
      };
    });
  const imported = new Set(parsed.rows.map((r) => r.municipalityCode));
  // A kommun left out of the file loses its inputs: the audit keeps what it had.
  const removed = [...before.values()]
    .filter((b) => !imported.has(b.municipalityCode))
    .map((b) => ({
      municipalityCode: b.municipalityCode,
      before: { supportMeasure: b.supportMeasure, inhabitants16to64: b.inhabitants16to64 },
    }));
  await writeAudit(tx, actor, {
    action: 'allocation.kommun_inputs.import',
    entityType: 'allocation_year',
    entityId: String(year),
    details: { year, fileName, rows: parsed.rows.length, changes, removed },
  });
  return { imported: parsed.rows.length };
}

/**
 * Replaces the year's förbund list with the file's (all or nothing; a förbund keeps its row by name). A row naming an Insikt förbund is
 * linked to it; its empty "Fjolårets tilldelning" and "Ansökt" come from the förbund's state money.
 */
export async function importModelForbund(tx: Tx, actor: Actor, year: number, file: Buffer, fileName: string) {
  authorize(actor, 'allocation.manage');
  await requireYear(tx, year);
  const table = await readModelFile(file, fileName);
  const byName = await associationsByName(tx);
  const parsed = parseModelForbundTable(table.headers, table.rows, await kommunNames(tx), new Set(byName.keys()));
  const issues = [...table.issues, ...parsed.issues].sort((a, b) => a.row - b.row);
  if (issues.length) refuse(issues);
  const before = await modelForbundOf(tx, year);
  const values = [];
  for (const r of parsed.rows) {
    const associationId = r.insiktName ? byName.get(r.insiktName)! : null;
    values.push(
      await withPrefill(tx, year, {
        name: r.name,
        associationId,
        municipalityCodes: r.municipalityCodes,
        // An empty cell of a linked förbund is filled from its state money; of another, it stays empty.
        previousAllocation: r.previousAllocation ?? (associationId ? undefined : null),
        requested: r.requested ?? (associationId ? undefined : null),
        equity: r.equity,
        income: r.income,
      }),
    );
  }
  // A förbund keeps its row (and id) by name, so saved simulations that name it still find it.
  const kept = new Map(before.map((f) => [f.name, f]));
  const inFile = new Set(values.map((v) => v.name));
  for (const gone of before.filter((f) => !inFile.has(f.name)))
    await tx.delete(allocationForbund).where(eq(allocationForbund.id, gone.id));
  for (const v of values) {
    const existing = kept.get(v.name);
    if (existing)
      await tx
        .update(allocationForbund)
        .set({ ...v, version: sql`${allocationForbund.version} + 1`, updatedAt: sql`now()` })
        .where(eq(allocationForbund.id, existing.id));
    else await tx.insert(allocationForbund).values({ ...v, year });
  }
  await writeAudit(tx, actor, {
    action: 'allocation.forbund.import',
    entityType: 'allocation_year',
    entityId: String(year),
    details: { year, fileName, before: before.map(storedForbund), after: values },
  });
  return { imported: values.length };
}
