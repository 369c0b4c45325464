import { Checkbox, Field, Fieldset, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { fieldId, type FormError } from './form-errors';

/** Small wrappers so every field gets an id the error summary can link to, and its error text. */
export const errorOf = (errors: FormError[], field: string) =>
  errors.find((e) => e.field === field || e.field?.startsWith(`${field}.`))?.message;

interface Base {
  form: string;
  name: string;
  label: string;
  errors: FormError[];
  description?: string;
}

export function TextField({
  form,
  name,
  label,
  errors,
  description,
  value,
  onChange,
  type = 'text',
  readOnly,
  multiline,
}: Base & {
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'date' | 'number' | 'email';
  readOnly?: boolean;
  multiline?: boolean;
}) {
  const common = { id: fieldId(form, name), label, description, value, error: errorOf(errors, name), readOnly };
  return multiline ? (
    <Textfield {...common} multiline rows={3} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <Textfield
      {...common}
      type={type}
      inputMode={type === 'number' ? 'decimal' : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function SelectField({
  form,
  name,
  label,
  errors,
  value,
  onChange,
  options,
  empty,
  disabled,
}: Base & {
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  empty?: string;
  disabled?: boolean;
}) {
  const error = errorOf(errors, name);
  return (
    <Field>
      <Label htmlFor={fieldId(form, name)}>{label}</Label>
      <Select
        id={fieldId(form, name)}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {empty !== undefined && <Select.Option value="">{empty}</Select.Option>}
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

export function CheckboxGroup({
  form,
  name,
  label,
  errors,
  values,
  onChange,
  options,
  description,
}: Base & {
  values: string[];
  onChange: (v: string[]) => void;
  options: { value: string; label: string }[];
}) {
  const error = errorOf(errors, name);
  return (
    <Fieldset id={fieldId(form, name)} tabIndex={-1}>
      <Fieldset.Legend>{label}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="checkbox-grid">
        {options.map((o) => (
          <Checkbox
            key={o.value}
            label={o.label}
            value={o.value}
            checked={values.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
          />
        ))}
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** "" → null, "12,5" → 12.5: Swedish users type decimal commas. */
export const toNumber = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.replace(/\s/g, '').replace(',', '.'));
export const fromNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).replace('.', ',');
