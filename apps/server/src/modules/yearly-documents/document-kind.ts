import type { z } from 'zod';
import type { YearlyDocumentKind } from './yearly-documents.schema';

/** What the shared lifecycle needs to know of a kind of yearly document. */
export interface DocumentKindSpec<C> {
  kind: YearlyDocumentKind;
  /** The Swedish name in messages, definite form: "Programlogiken". */
  label: string;
  /** The validation of the content, run again on every write (the JSON column holds any shape). */
  schema: z.ZodType<C>;
}
