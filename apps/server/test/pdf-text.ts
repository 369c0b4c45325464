import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Opens a PDF with Mozilla's pdf.js (a real reader, not our writer) and returns its text per
 * page, so tests can check that the file opens and shows the figures.
 */
export async function pdfText(data: Uint8Array): Promise<{ pages: string[]; title: unknown }> {
  // pdf.js refuses Node's Buffer; a plain copy of the bytes is what it wants.
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  const { info } = await document.getMetadata();
  await document.destroy();
  return { pages, title: (info as { Title?: unknown }).Title };
}
