/** The levels a report group can be (participant-data.md §3: insats, förbund, län, riket). */
export const REPORT_LEVELS = ['intervention', 'association', 'county', 'national'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/**
 * What one group of a report covers (docs/contract-extensions.md, decision 0020), so that no
 * label claims more than its figures hold.
 */
export interface GroupScope {
  /** What the group's label names: one insats, one förbund, one län or riket. */
  level: ReportLevel;
  /**
   * How many förbund the figures cover, and the ids of those among them the reader may name
   * (their own; every one for national roles). Other förbund are counted, not named.
   */
  associations: { count: number; ids: string[] };
  /** Every insats of the förbund covered, or the insatser covered out of the förbund's insatser with participants. */
  interventions: 'all' | { ids: string[]; of: number };
  /** Whether the figures hold every exited participation of what the label names (false: the reader's subset). */
  complete: boolean;
}

/**
 * The label of a förbund column that holds only the reader's assigned insatser (issue 12 §2):
 * "Dina insatser i Finnveden (3 av 12)". Built once, here, for every view and export.
 */
export const subsetLabelSv = (associationName: string, count: number, of: number) =>
  `Dina insatser i ${associationName} (${count} av ${of})`;

/** A län or riket says how many förbund it holds: "Jönköpings län (3 förbund)". */
export const areaLabelSv = (name: string, associations: number) => `${name} (${associations} förbund)`;
