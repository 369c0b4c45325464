import { z } from 'zod';

/**
 * Where a piece of evidence comes from (issue 13 §2). Each source is a figure Insikt already holds;
 * the evidence is a frozen copy, so a fastställd document stays true when the data change later.
 */
export const EVIDENCE_SOURCES = [
  'interventions', // insatser with goals and target groups (tolvfältaren field 1)
  'outcome', // the outcome report (field 3)
  'exit_reasons', // reasons for ending (field 3, bortfallsanalys)
  'follow_up', // 6- and 12-month follow-up (field 3)
  'goal_fulfilment', // the insatser's goals against their measured values
  'outcome_trend', // the outcome report over the years (field 12)
  'socioeconomic', // saved socio-economic analyses (field 12)
  'surveys', // survey results of the year (field 5, issue 14 §5)
  'deviations', // deviation statistics of the year (issue 15 §4, decision 0050)
  'document', // an uploaded file
  'link', // a web address
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** The sources Insikt computes itself (the rest are what a user attaches: a file or a link). */
export const COLLECTED_EVIDENCE_SOURCES = EVIDENCE_SOURCES.filter(
  (s): s is Exclude<EvidenceSource, 'document' | 'link'> => s !== 'document' && s !== 'link',
);
export type CollectedEvidenceSource = (typeof COLLECTED_EVIDENCE_SOURCES)[number];

const cell = z.union([z.number(), z.string(), z.null()]);

/**
 * A frozen figure as a small table: what it shows (title), how it is defined, which period and which
 * scope it covers, and whether disclosure control protected it. One shape for every source, so the web,
 * the .docx and the PDF render evidence the same way.
 */
export const evidenceTableSchema = z.object({
  source: z.enum(EVIDENCE_SOURCES),
  title: z.string(),
  definition: z.string(),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  /** Which participations or insatser the figures cover, e.g. "Dina insatser i Finnveden (2 av 5)". */
  scopeLabel: z.string(),
  protected: z.boolean(),
  /** The headings of the value columns (a row's label has none): `values[i]` sits under `columns[i]`. */
  columns: z.array(z.string()),
  rows: z.array(z.object({ label: z.string(), values: z.array(cell) })),
  capturedAt: z.string(),
});
export type EvidenceTable = z.infer<typeof evidenceTableSchema>;
