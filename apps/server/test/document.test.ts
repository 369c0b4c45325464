import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docxBuffer, documentPdf, type DocModel } from '../src/platform/document';
import { pdfText } from './pdf-text';

const hostile = '<script>alert(1)</script> =HYPERLINK("http://x") & "citat"';
const model: DocModel = {
  title: 'Tolvfältaren 2026',
  subject: 'Samordningsförbundet Test · fastställd',
  orientation: 'landscape',
  blocks: [
    { kind: 'heading', level: 2, text: 'Översikt' },
    { kind: 'paragraph', text: `Första raden\n${hostile}` },
    {
      kind: 'table',
      header: ['', 'Struktur och förutsättningar', 'Process och aktiviteter'],
      rows: [
        ['Deltagare', '1. Finns ett gemensamt mål?\nBetyg 4', '2. Är deltagaren aktiv?'],
        ['Personal', hostile, '5. Samarbete?'],
      ],
      widths: [1, 2, 2],
    },
  ],
};

describe('a document as Word and PDF', () => {
  it('reads back from the .docx as headings, paragraphs and the grid, with hostile text as plain text', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await docxBuffer(model) });
    const cells = [...html.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((m) => m[1]!.replace(/<\/?p>/g, '|'));
    expect(cells).toHaveLength(9);
    expect(cells[4]).toBe('|1. Finns ett gemensamt mål?||Betyg 4|');
    // mammoth escapes text: the script tag and formula arrive as text, never as markup or a field.
    expect(cells[7]).toBe('|&lt;script&gt;alert(1)&lt;/script&gt; =HYPERLINK("http://x") &amp; "citat"|');
    expect(html).toContain('<h2>Översikt</h2>');
    expect(html).not.toContain('<script>');
  });

  it('draws the same text in the PDF', async () => {
    const { pages, title } = await pdfText(await documentPdf(model));
    // pdf.js splits a line where pdfmake may break it (after a slash): compare without spaces.
    const text = pages.join('').replace(/\s+/g, '');
    expect(title).toBe('Tolvfältaren 2026');
    for (const expected of ['Struktur och förutsättningar', '1. Finns ett gemensamt mål?', '<script>alert(1)</script>'])
      expect(text).toContain(expected.replace(/\s+/g, ''));
  });
});

describe('a heading in the PDF', () => {
  it('is never the last line of a page: it stands on the page of the first line of its text', async () => {
    // However much comes before it, the heading and the line after it share a page.
    for (let lines = 20; lines <= 46; lines++) {
      const blocks: DocModel['blocks'] = [
        ...Array.from({ length: lines }, (_, i) => ({ kind: 'paragraph' as const, text: `Fyllnadsrad ${i + 1}` })),
        { kind: 'heading', level: 2, text: 'Fält 7: Rubriken' },
        { kind: 'paragraph', text: 'Texten under rubriken' },
      ];
      const { pages } = await pdfText(await documentPdf({ ...model, blocks }));
      const headingPage = pages.findIndex((p) => p.includes('Fält 7: Rubriken'));
      const textPage = pages.findIndex((p) => p.includes('Texten under rubriken'));
      expect([lines, headingPage]).toEqual([lines, textPage]);
    }
  });
});
