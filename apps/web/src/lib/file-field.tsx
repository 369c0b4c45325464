import { Field, Label } from '@digdir/designsystemet-react';

/** A spreadsheet to upload (.xlsx or .csv), as the imports take it; choosing a file calls `onChange`. */
export function SpreadsheetField({
  id,
  label,
  onChange,
}: {
  id: string;
  label: string;
  onChange: (file: File | null) => void;
}) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        type="file"
        accept=".xlsx,.csv,text/csv"
        className="ds-input"
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
    </Field>
  );
}
