import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/open-db';
import { surveyTemplates } from '../../db/schema';

export type TemplateRow = typeof surveyTemplates.$inferSelect;

export async function listTemplates(ex: Executor, associationId: string): Promise<TemplateRow[]> {
  return ex
    .select()
    .from(surveyTemplates)
    .where(eq(surveyTemplates.associationId, associationId))
    .orderBy(asc(surveyTemplates.name));
}

export async function findTemplate(ex: Executor, associationId: string, id: string): Promise<TemplateRow | undefined> {
  const [row] = await ex
    .select()
    .from(surveyTemplates)
    .where(and(eq(surveyTemplates.associationId, associationId), eq(surveyTemplates.id, id)));
  return row;
}

export async function findTemplateByName(ex: Executor, associationId: string, name: string) {
  const [row] = await ex
    .select({ id: surveyTemplates.id })
    .from(surveyTemplates)
    .where(and(eq(surveyTemplates.associationId, associationId), eq(surveyTemplates.name, name)));
  return row;
}

export async function insertTemplate(ex: Executor, row: typeof surveyTemplates.$inferInsert): Promise<TemplateRow> {
  const [created] = await ex.insert(surveyTemplates).values(row).returning();
  return created!;
}
