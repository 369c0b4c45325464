import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, QuestionType, SurveyOption, SurveyQuestion } from '@insikt/core';
import { errorOf } from '../../lib/fields';
import { fieldId, type FormError } from '../../lib/form-errors';

/** Where an input of the template editor sits: its path in the request body names its id and its errors. */
export interface At {
  form: string;
  path: string;
  errors: FormError[];
}
export const at = (parent: At, ...segments: (string | number)[]): At => ({
  ...parent,
  path: [parent.path, ...segments].filter((s) => s !== '').join('.'),
});

/** A text in Swedish (required) and English (optional, what the respondent page needs for English). */
export function LocalizedInput({
  where,
  label,
  value,
  onChange,
  optional,
  multiline,
}: {
  where: At;
  label: string;
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText | undefined) => void;
  /** The whole text may be left out (a help text, a section title). */
  optional?: boolean;
  multiline?: boolean;
}) {
  const { t } = useTranslation();
  const set = (language: 'sv' | 'en', text: string) => {
    const next: Partial<LocalizedText> = { ...value, [language]: text || undefined };
    if (!next.sv && !next.en && optional) return onChange(undefined);
    onChange({ sv: next.sv ?? '', ...(next.en ? { en: next.en } : {}) });
  };
  const input = (language: 'sv' | 'en') => {
    const { path, form, errors } = at(where, language);
    const languageName = t(`surveys.editor.languages.${language}`);
    const common = {
      id: fieldId(form, path),
      label: `${label} (${languageName})`,
      value: value?.[language] ?? '',
      error: errorOf(errors, path) ?? (language === 'sv' ? errorOf(errors, where.path) : undefined),
    };
    return multiline ? (
      <Textfield {...common} multiline rows={2} onChange={(e) => set(language, e.target.value)} />
    ) : (
      <Textfield {...common} onChange={(e) => set(language, e.target.value)} />
    );
  };
  return (
    <div className="editor-pair">
      {input('sv')}
      {input('en')}
    </div>
  );
}

/** A short id (the column name of the raw-answer export); `hint` explains ids where they first appear. */
export function IdInput({
  where,
  label,
  value,
  onChange,
  hint,
}: {
  where: At;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Textfield
      id={fieldId(where.form, where.path)}
      label={label}
      description={hint ? t('surveys.editor.idHint') : undefined}
      value={value}
      size={16}
      error={errorOf(where.errors, where.path)}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** Move up, move down and remove, named for the item they act on (the buttons repeat in a list). */
export function ItemActions({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const hidden = <span className="visually-hidden"> {name}</span>;
  return (
    <div className="row">
      {index > 0 && (
        <Button variant="tertiary" data-size="sm" onClick={() => onMove(index - 1)}>
          {t('surveys.editor.moveUp')}
          {hidden}
        </Button>
      )}
      {index < count - 1 && (
        <Button variant="tertiary" data-size="sm" onClick={() => onMove(index + 1)}>
          {t('surveys.editor.moveDown')}
          {hidden}
        </Button>
      )}
      <Button variant="tertiary" data-size="sm" data-color="danger" onClick={onRemove}>
        {t('common.remove')}
        {hidden}
      </Button>
    </div>
  );
}

/** Moves an item of a list in place (the editor works on a copy of the draft). */
export function move<T>(list: T[], from: number, to: number): void {
  const [item] = list.splice(from, 1);
  if (item !== undefined) list.splice(to, 0, item);
}

/** The first id of the form `<prefix><n>` that the questionnaire does not use yet. */
export function freeId(prefix: string, used: Set<string>): string {
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

const option = (id: string, sv: string): SurveyOption => ({ id, label: { sv } });

/** A new question of a type, with what the type needs to be valid (two options, a statement). */
export function newQuestion(
  type: QuestionType,
  id: string,
  texts: { option: string; statement: string },
): SurveyQuestion {
  const base = { id, text: { sv: '' }, required: false };
  const options = [option('o1', `${texts.option} 1`), option('o2', `${texts.option} 2`)];
  switch (type) {
    case 'scale':
      return { ...base, type, scale: { options, positive: [], numeric: false } };
    case 'matrix':
      return {
        ...base,
        type,
        scale: { options, positive: [], numeric: false },
        statements: [{ id: `${id}.1`, text: { sv: texts.statement } }],
      };
    case 'single':
      return { ...base, type, options };
    case 'multiple':
      return { ...base, type, options };
    case 'number':
      return { ...base, type, integer: false };
    case 'date':
      return { ...base, type };
    case 'text':
      return { ...base, type, multiline: true };
  }
}
