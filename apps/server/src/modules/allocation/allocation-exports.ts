import { todayIso } from '@insikt/core';
import { workbookBuffer } from '../../platform/excel';
import { pdfBuffer, pdfTable, keepTogether, type PdfContent } from '../../platform/pdf';
import { cellText } from '../socioeconomic/analysis-tables';
import {
  changeTexts,
  mergerSummaries,
  pooledTable,
  resultTable,
  simulationForbundTable,
  simulationMemberTable,
  type Table,
} from './allocation-tables';
import type { ModelYearView } from './model-years';
import type { SimulationView } from './simulations';

export type AllocationFileFormat = 'pdf' | 'xlsx';

function pdfOf(title: string, subject: string, intro: string[], tables: Table[]): Promise<Buffer> {
  const content: PdfContent[] = [
    ...intro.map((text) => ({ text, margin: [0, 0, 0, 6] }) as PdfContent),
    ...tables.flatMap((t) => [
      keepTogether(
        { text: t.title, style: 'h3' },
        pdfTable(
          [t.header],
          t.rows.map((r) => r.map(cellText)),
        ),
      ),
      ...(t.note ? [{ text: t.note, style: 'note' } as PdfContent] : []),
    ]),
  ];
  return pdfBuffer({ title, subject, content, orientation: 'landscape' });
}

function workbookOf(subtitle: string, intro: string[], tables: Table[]): Promise<Buffer> {
  return workbookBuffer(
    tables.map((t, i) => ({
      name: t.title.replace(/:.*/, '').slice(0, 31),
      title: t.title,
      subtitle,
      headers: [t.header.map((text) => ({ text }))],
      rows: t.rows.map(([label, ...values]) => ({ label: label as string, values })),
      note: [i === 0 ? intro.join(' ') : '', t.note ?? ''].filter(Boolean).join(' '),
    })),
  );
}

/** The model year's result for the board (PDF) or for further work (Excel). */
export function modelYearFile(view: ModelYearView, format: AllocationFileFormat): Promise<Buffer> {
  if (!view.result) throw new Error('no result');
  const subject = `Beloppet att fördela ${view.distributable.toLocaleString('sv-SE')} kr, grundbidrag ${view.baseGrant.toLocaleString('sv-SE')} kr · framtagen ${todayIso()}`;
  const tables = [resultTable(view.result, view.year)];
  return format === 'pdf'
    ? pdfOf(`Statens fördelningsmodell ${view.year}`, subject, [], tables)
    : workbookOf(subject, [], tables);
}

/** A simulation's before/after per förbund and per member, the mergers' equity and the changes. */
export function simulationFile(view: SimulationView, format: AllocationFileFormat): Promise<Buffer> {
  if (!view.result) throw new Error('no result');
  const names = new Map(view.loaded.forbund.map((f) => [f.id, f.name]));
  for (const c of view.changes) if (c.kind === 'merge') names.set(c.id, c.name);
  const intro = [
    ...mergerSummaries(view.result),
    'Ändringar: ' + changeTexts(view.changes, (id) => names.get(id) ?? id).join(' '),
  ];
  const linked = new Set(view.loaded.forbund.filter((f) => f.associationId).map((f) => f.id));
  const after = resultTable(view.result.after, view.year);
  const tables = [
    simulationForbundTable(view.result),
    // The board's PDF lists the members the simulation is about; Excel every member in the country.
    simulationMemberTable(view.result, linked, format === 'xlsx'),
    ...(view.result.pooled.length ? [pooledTable(view.result)] : []),
    // Always last: without a merger no pooled table stands before it.
    { ...after, title: `Efter ändringarna: ${after.title}` },
  ];
  const subject = `${view.associationName ?? 'Nationell simulering'} · modellåret ${view.year} · framtagen ${todayIso()}`;
  return format === 'pdf'
    ? pdfOf(`Simulering: ${view.name}`, subject, intro, tables)
    : workbookOf(subject, intro, tables);
}
