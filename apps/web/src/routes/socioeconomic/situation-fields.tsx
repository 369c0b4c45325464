import { useTranslation } from 'react-i18next';
import { PRICED_SUPPORT_CODES, type Situation } from '@insikt/core';
import { SelectField, TextField } from '../../lib/fields';

/** A situation as typed: work %, one support and its share of the year in %. */
export interface SituationDraft {
  work: string;
  code: string;
  share: string;
}

export function draftOf(x: Situation): SituationDraft {
  const main = Object.entries(x.support).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0];
  return {
    work: String(Math.round(x.work * 100)),
    code: main?.[0] ?? '',
    share: String(Math.round((main?.[1] ?? 0) * 100)),
  };
}

const percent = (text: string) => Number(text.replace(',', '.')) / 100;

export function situationOf(d: SituationDraft): Situation {
  return { work: percent(d.work), support: d.code ? { [d.code]: percent(d.share) } : {} };
}

/** Work share and one support with its share: the simplest situation that covers most typfall. */
export function SituationFields({
  form,
  name,
  legend,
  value,
  onChange,
}: {
  form: string;
  name: string;
  legend: string;
  value: SituationDraft;
  onChange: (next: SituationDraft) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="row" style={{ border: 0, padding: 0 }}>
      <legend>{legend}</legend>
      <TextField
        form={form}
        errors={[]}
        name={`${name}.work`}
        type="number"
        label={t('socioeconomic.workPercent')}
        value={value.work}
        onChange={(work) => onChange({ ...value, work })}
      />
      <SelectField
        form={form}
        errors={[]}
        name={`${name}.code`}
        label={t('socioeconomic.support')}
        value={value.code}
        empty={t('socioeconomic.noSupport')}
        options={PRICED_SUPPORT_CODES.map((c) => ({ value: c, label: t(`codes.support.${c}`) }))}
        onChange={(code) => onChange({ ...value, code })}
      />
      <TextField
        form={form}
        errors={[]}
        name={`${name}.share`}
        type="number"
        label={t('socioeconomic.supportPercent')}
        value={value.share}
        onChange={(share) => onChange({ ...value, share })}
      />
    </fieldset>
  );
}
