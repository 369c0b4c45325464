import type { DocBlock } from '../../platform/document';
import type { EvidenceItemView } from './list-evidence';

const period = (p: { from: string; to: string } | null) => (p ? `${p.from} – ${p.to}` : '');

/**
 * A field's evidence in the Word and PDF export: each table as it was frozen (or live, in a draft)
 * with title, scope, period and definition beside it; links and uploaded documents by name.
 */
export function evidenceBlocks(items: readonly EvidenceItemView[]): DocBlock[] {
  if (items.length === 0) return [];
  const blocks: DocBlock[] = [{ kind: 'heading', level: 3, text: 'Underlag' }];
  for (const item of items) {
    if (item.url) blocks.push({ kind: 'paragraph', text: `Länk: ${item.title} (${item.url})` });
    else if (item.fileName) blocks.push({ kind: 'paragraph', text: `Bifogat dokument: ${item.fileName}` });
    if (!item.table) continue;
    const table = item.table;
    blocks.push(
      { kind: 'paragraph', text: `${table.title}. ${table.scopeLabel}, ${period(table.period)}.` },
      {
        kind: 'table',
        header: ['', ...table.columns],
        rows: table.rows.map((r) => [r.label, ...r.values.map((v) => (v === null ? '–' : String(v)))]),
        widths: [3, ...table.columns.map(() => 1)],
      },
      {
        kind: 'paragraph',
        note: true,
        text: `${table.definition} ${item.frozen ? `Siffrorna frystes ${table.capturedAt.slice(0, 10)} när dokumentet fastställdes.` : `Levande siffror ${table.capturedAt.slice(0, 10)}; de fryses när dokumentet fastställs.`}`,
      },
    );
  }
  return blocks;
}
