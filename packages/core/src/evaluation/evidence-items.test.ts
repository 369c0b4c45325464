import { describe, expect, it } from 'vitest';
import type { EvidenceTable } from './evidence';
import { attachEvidenceInput, checkEvidenceFile, evidenceToShow, freezeEvidence } from './evidence-items';

const outcome = (antal: string): EvidenceTable => ({
  source: 'outcome',
  title: 'Utfall 2025 – avslutade deltagare',
  definition: 'Deltagare som avslutades under året.',
  period: { from: '2025-01-01', to: '2025-12-31' },
  scopeLabel: 'Finnveden',
  protected: true,
  columns: ['Totalt', 'Kvinnor', 'Män'],
  rows: [{ label: 'Antal', values: [antal, '20', '22'] }],
  capturedAt: '2026-02-01T10:00:00.000Z',
});

describe('frozen evidence', () => {
  it('does not change when the underlying data change after fastställande', () => {
    const live = outcome('42');
    const snapshot = freezeEvidence(live, '2026-03-01T09:00:00.000Z');
    // Afterwards participants are added: the live figures change, in place and as a new table.
    live.rows[0]!.values[0] = '45';
    const later = outcome('47');
    expect(evidenceToShow(snapshot, 'approved', later)).toEqual({
      table: { ...outcome('42'), capturedAt: '2026-03-01T09:00:00.000Z' },
      frozen: true,
    });
  });

  it('shows live figures only while the document is a draft', () => {
    expect(evidenceToShow(null, 'draft', outcome('42'))).toEqual({ table: outcome('42'), frozen: false });
    // A fastställd document without a snapshot shows nothing rather than figures nobody decided on.
    expect(evidenceToShow(null, 'approved', outcome('42'))).toBeNull();
  });
});

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new Uint8Array(Array.from(s, (c) => c.charCodeAt(0)));
const zip = (folder: string) => text(`PK\u0003\u0004....[Content_Types].xml....${folder}document.xml`);

describe('uploaded documents', () => {
  it('accepts the allowed types when the content is what the extension says', () => {
    expect(checkEvidenceFile('Protokoll.pdf', text('%PDF-1.7 ...'))).toMatchObject({ ok: true, type: 'pdf' });
    expect(checkEvidenceFile('rapport.DOCX', zip('word/'))).toMatchObject({ ok: true, type: 'docx' });
    expect(checkEvidenceFile('budget.xlsx', zip('xl/'))).toMatchObject({ ok: true, type: 'xlsx' });
    expect(checkEvidenceFile('bild.jpg', bytes(0xff, 0xd8, 0xff, 0xe0))).toMatchObject({
      ok: true,
      mediaType: 'image/jpeg',
    });
  });

  it('refuses other types, renamed files, a Word file called .xlsx, and empty files, naming the file', () => {
    expect(checkEvidenceFile('virus.exe', text('MZ'))).toMatchObject({ ok: false });
    const renamed = checkEvidenceFile('protokoll.pdf', text('MZ\u0090\u0000'));
    expect(renamed).toEqual({
      ok: false,
      message: 'Filen protokoll.pdf har ändelsen .pdf men innehållet är inte en sådan fil.',
    });
    expect(checkEvidenceFile('budget.xlsx', zip('word/'))).toMatchObject({ ok: false });
    expect(checkEvidenceFile('tom.png', bytes())).toEqual({ ok: false, message: 'Filen tom.png är tom.' });
    expect(checkEvidenceFile('utan-andelse', text('%PDF-'))).toMatchObject({ ok: false });
  });
});

describe('attaching', () => {
  const base = { documentKind: 'self_assessment', documentId: '5b0c6a3e-8f1e-4c53-9a43-3f0e1a6f9c11', fieldKey: '3' };
  it('takes web links only', () => {
    expect(
      attachEvidenceInput.safeParse({ ...base, kind: 'link', title: 'Rapport', url: 'https://a.se/r' }).success,
    ).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://a.se/x'])
      expect(attachEvidenceInput.safeParse({ ...base, kind: 'link', title: 'X', url }).success).toBe(false);
  });

  it('takes only the sources Insikt computes', () => {
    expect(attachEvidenceInput.safeParse({ ...base, kind: 'source', source: 'exit_reasons' }).success).toBe(true);
    expect(attachEvidenceInput.safeParse({ ...base, kind: 'source', source: 'document' }).success).toBe(false);
  });
});
