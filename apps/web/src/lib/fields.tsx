import { useEffect, useState } from 'react';
import {
  Checkbox,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useController, type FieldValues, type Path } from 'react-hook-form';
import { fieldId, type FormError } from './form-errors';
import { useFormFrame } from './form';

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
  required,
  autoComplete,
}: Base & {
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'date' | 'number' | 'email' | 'password';
  readOnly?: boolean;
  multiline?: boolean;
  required?: boolean;
  autoComplete?: string;
}) {
  const common = {
    id: fieldId(form, name),
    label,
    description,
    value,
    error: errorOf(errors, name),
    readOnly,
    required,
    autoComplete,
  };
  return multiline ? (
    <Textfield {...common} multiline rows={3} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <Textfield
      {...common}
      // A number is typed as text with a numeric keyboard: an <input type="number"> refuses the
      // decimal comma Swedish users type, and shows nothing at all for a value such as "35,5".
      type={type === 'number' ? 'text' : type}
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
  description,
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
      {description && <Field.Description>{description}</Field.Description>}
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
  disabled,
}: Base & {
  values: string[];
  onChange: (v: string[]) => void;
  options: { value: string; label: string }[];
  disabled?: boolean;
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
            disabled={disabled}
            checked={values.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
          />
        ))}
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** The options of a select or checkbox group from a code list, each labelled by `label`. */
export const choices = <C extends string>(codes: readonly C[], label: (code: C) => string) =>
  codes.map((value) => ({ value, label: label(value) }));

/** "" → null, "12,5" → 12.5: Swedish users type decimal commas. */
export const toNumber = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.replace(/\s/g, '').replace(',', '.'));
export const fromNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).replace('.', ',');

/** One choice of a few, as radio buttons; values may be any type (e.g. yes/no as true/false). */
export function RadioGroup<V>({
  form,
  name,
  label,
  description,
  errors,
  value,
  onChange,
  options,
  disabled,
}: Base & {
  value: V;
  onChange: (v: V) => void;
  options: { value: V; label: string; code: string }[];
  disabled?: boolean;
}) {
  const error = errorOf(errors, name);
  return (
    <Fieldset id={fieldId(form, name)} tabIndex={-1}>
      <Fieldset.Legend>{label}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {options.map((o) => (
        <Radio
          key={o.code}
          label={o.label}
          name={fieldId(form, name)}
          value={o.code}
          disabled={disabled}
          checked={Object.is(o.value, value)}
          onChange={() => onChange(o.value)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

// Bound fields: the same inputs, bound by name to the draft of the surrounding <BoundForm>, which
// gives them their id, error message and read-only state. `Path<T>` checks names against the draft.
type Bound<T extends FieldValues> = { name: Path<T>; label: string; description?: string };

function useBound<T extends FieldValues>(name: Path<T>) {
  const { form, errors, readOnly } = useFormFrame();
  const { field } = useController<T>({ name });
  return { common: { form, errors, name }, readOnly, field };
}

/** Free text; `nullable`: an empty field is stored as null. `multiline` for longer text. */
export function FormText<T extends FieldValues>({
  name,
  nullable,
  multiline,
  type,
  ...rest
}: Bound<T> & {
  nullable?: boolean;
  multiline?: boolean;
  type?: 'text' | 'email' | 'password';
  required?: boolean;
  autoComplete?: string;
}) {
  const { common, readOnly, field } = useBound<T>(name);
  return (
    <TextField
      {...rest}
      {...common}
      type={type}
      multiline={multiline}
      readOnly={readOnly}
      value={(field.value as string | null) ?? ''}
      onChange={(v) => field.onChange(nullable && v === '' ? null : v)}
    />
  );
}

/** A date (yyyy-mm-dd); `nullable`: an empty date is stored as null. */
export function FormDate<T extends FieldValues>({ name, nullable, ...rest }: Bound<T> & { nullable?: boolean }) {
  const { common, readOnly, field } = useBound<T>(name);
  return (
    <TextField
      {...rest}
      {...common}
      type="date"
      readOnly={readOnly}
      value={(field.value as string | null) ?? ''}
      onChange={(v) => field.onChange(nullable && v === '' ? null : v)}
    />
  );
}

/**
 * A number or an amount, typed with a Swedish decimal comma. `empty`: what an empty field stores
 * (null, or 0 where the schema needs a number); `percent`: a share stored as a fraction, typed in percent.
 */
export function FormNumber<T extends FieldValues>({
  name,
  empty = null,
  percent,
  ...rest
}: Bound<T> & { empty?: 0 | null; percent?: boolean }) {
  const { common, readOnly, field } = useBound<T>(name);
  const value = field.value as number | null | undefined;
  const shown = (v: number | null | undefined) =>
    fromNumber(v == null ? null : percent ? Math.round(v * 1000) / 10 : v);
  // The text as typed, so "12," stays while the user goes on to "12,5".
  const [text, setText] = useState(shown(value));
  useEffect(() => {
    setText((current) => (shown(toNumberOr(current, percent)) === shown(value) ? current : shown(value)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only an outside change resets the text
  }, [value, percent]);
  return (
    <TextField
      {...rest}
      {...common}
      type="number"
      readOnly={readOnly}
      value={text}
      onChange={(v) => {
        setText(v);
        field.onChange(toNumberOr(v, percent) ?? empty);
      }}
    />
  );
}
const toNumberOr = (text: string, percent?: boolean) => {
  const n = toNumber(text);
  return n === null ? null : percent ? n / 100 : n;
};

/** One of a list. */
export function FormSelect<T extends FieldValues>({
  name,
  options,
  empty,
  placeholder,
  onChanged,
  ...rest
}: Bound<T> & {
  options: { value: string; label: string }[];
  /** A first choice that stores null ("Ingen", "Okänd"). */
  empty?: string;
  /** A first choice that is a prompt ("Välj län") and stores "", for the schema to refuse. */
  placeholder?: string;
  /** Called after a change by the user, e.g. to clear what depended on the old value. */
  onChanged?: (value: string) => void;
}) {
  const { common, readOnly, field } = useBound<T>(name);
  return (
    <SelectField
      {...rest}
      {...common}
      options={options}
      empty={empty ?? placeholder}
      disabled={readOnly}
      value={(field.value as string | null) ?? ''}
      onChange={(v) => {
        field.onChange(empty !== undefined && v === '' ? null : v);
        onChanged?.(v);
      }}
    />
  );
}

/** Several of a list; `nullable`: none chosen is stored as null. */
export function FormCheckboxes<T extends FieldValues>({
  name,
  options,
  nullable,
  ...rest
}: Bound<T> & { options: { value: string; label: string }[]; nullable?: boolean }) {
  const { common, readOnly, field } = useBound<T>(name);
  return (
    <CheckboxGroup
      {...rest}
      {...common}
      options={options}
      disabled={readOnly}
      values={(field.value as string[] | null) ?? []}
      onChange={(v) => field.onChange(nullable && v.length === 0 ? null : v)}
    />
  );
}

/** One choice of a few, as radio buttons (e.g. consent yes or no). */
export function FormRadio<T extends FieldValues, V>({
  name,
  options,
  ...rest
}: Bound<T> & { options: { value: V; label: string; code: string }[] }) {
  const { common, readOnly, field } = useBound<T>(name);
  return (
    <RadioGroup
      {...rest}
      {...common}
      options={options}
      disabled={readOnly}
      value={field.value as V}
      onChange={field.onChange}
    />
  );
}
