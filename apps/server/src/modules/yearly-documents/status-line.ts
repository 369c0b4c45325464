const dateSv = (d: Date) => d.toISOString().slice(0, 10);

/** "Fastställd 2026-03-12 av Anna Ek (styrelsemöte 2026-03-12 § 5), version 2" or "Utkast, version 1". */
export function statusLineSv(doc: {
  status: 'draft' | 'approved';
  revision: number;
  approvedAt: Date | null;
  approvedByName: string | null;
  decisionReference: string | null;
}): string {
  if (doc.status === 'draft') return `Utkast, ej fastställd, version ${doc.revision}`;
  return `Fastställd ${doc.approvedAt ? dateSv(doc.approvedAt) : ''}${doc.approvedByName ? ` av ${doc.approvedByName}` : ''} (${doc.decisionReference ?? ''}), version ${doc.revision}`;
}
