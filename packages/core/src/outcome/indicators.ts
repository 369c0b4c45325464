/** The indicators of the outcome report ("Utfall"), in the order of participant-data.md §3. */
export const OUTCOME_INDICATORS = [
  { id: 'antal', label: 'Antal', kind: 'count' },
  { id: 'fordelning', label: 'Fördelning', kind: 'share' },
  { id: 'antal_unika', label: 'Antal unika', kind: 'count' },
  { id: 'andel_under_30_vid_start', label: 'Andel yngre än 30 år vid start', kind: 'share' },
  {
    id: 'andel_offentlig_forsorjning_over_3_ar',
    label: 'Andel med offentlig försörjning i mer än 3 år vid start',
    kind: 'share',
  },
  { id: 'andel_forgymnasial', label: 'Andel med grundskoleexamen som högst slutförda utbildning', kind: 'share' },
  { id: 'andel_eftergymnasial', label: 'Andel med någon form av eftergymnasial utbildning', kind: 'share' },
  { id: 'genomsnittlig_inskrivningstid_dagar', label: 'Genomsnittlig inskrivningstid i dagar', kind: 'days' },
  { id: 'antal_forvarvsarbete', label: 'Antal i förvärvsarbete', kind: 'count' },
  { id: 'forvarvsarbete_heltider', label: 'Förvärvsarbete motsvarande antal heltidsarbeten', kind: 'fte' },
  { id: 'andel_forvarvsarbete', label: 'Andel i förvärvsarbete', kind: 'share' },
  { id: 'antal_arbete_eller_studier', label: 'Antal i förvärvsarbete och/eller studier', kind: 'count' },
  {
    id: 'arbete_eller_studier_heltider',
    label: 'Förvärvsarbete och/eller studier, motsvarande antal heltidsarbeten',
    kind: 'fte',
  },
  {
    id: 'antal_okat_omfattning',
    label: 'Antal som fått eller ökat omfattning av arbete och/eller studier',
    kind: 'count',
  },
] as const;

export type OutcomeIndicator = (typeof OUTCOME_INDICATORS)[number];
export type OutcomeIndicatorId = OutcomeIndicator['id'];
export type IndicatorKind = OutcomeIndicator['kind'];

export const OUTCOME_COLUMNS = ['total', 'kvinna', 'man'] as const;
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];
export const OUTCOME_COLUMN_LABELS_SV: Record<OutcomeColumn, string> = {
  total: 'Totalt',
  kvinna: 'Kvinnor',
  man: 'Män',
};

export function indicatorKind(id: OutcomeIndicatorId): IndicatorKind {
  return OUTCOME_INDICATORS.find((i) => i.id === id)!.kind;
}
