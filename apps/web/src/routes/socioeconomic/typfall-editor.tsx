import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../lib/fields';
import { SituationFields, type SituationDraft } from './situation-fields';

export interface TypfallDraft {
  label: string;
  weight: string;
  gender: string;
  before: SituationDraft;
  after: SituationDraft;
}

export const newTypfall = (n: number): TypfallDraft => ({
  label: `Typfall ${n}`,
  weight: '1',
  gender: '',
  before: { work: '0', code: 'forsorjningsstod', share: '100' },
  after: { work: '50', code: '', share: '0' },
});

/** Typfall entered by hand: a label, how many participants it stands for, and the two situations. */
export function TypfallEditor({
  form,
  value,
  onChange,
}: {
  form: string;
  value: TypfallDraft[];
  onChange: (next: TypfallDraft[]) => void;
}) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<TypfallDraft>) =>
    onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div className="stack">
      {value.map((c, i) => (
        <Fieldset key={i}>
          <Fieldset.Legend>{c.label || t('socioeconomic.typfallN', { n: i + 1 })}</Fieldset.Legend>
          <div className="row">
            <TextField
              form={form}
              errors={[]}
              name={`typfall.${i}.label`}
              label={t('socioeconomic.typfallLabel')}
              value={c.label}
              onChange={(label) => update(i, { label })}
            />
            <TextField
              form={form}
              errors={[]}
              name={`typfall.${i}.weight`}
              type="number"
              label={t('socioeconomic.typfallWeight')}
              value={c.weight}
              onChange={(weight) => update(i, { weight })}
            />
            <SelectField
              form={form}
              errors={[]}
              name={`typfall.${i}.gender`}
              label={t('socioeconomic.typfallGender')}
              value={c.gender}
              empty={t('socioeconomic.genderUnknown')}
              options={(['kvinna', 'man'] as const).map((g) => ({ value: g, label: t(`report.columns.${g}`) }))}
              onChange={(gender) => update(i, { gender })}
            />
          </div>
          {(['before', 'after'] as const).map((when) => (
            <SituationFields
              key={when}
              form={form}
              name={`typfall.${i}.${when}`}
              legend={t(`socioeconomic.when.${when}`)}
              value={c[when]}
              onChange={(next) => update(i, { [when]: next })}
            />
          ))}
          <div>
            <Button variant="tertiary" data-size="sm" onClick={() => onChange(value.filter((_, j) => j !== i))}>
              {t('socioeconomic.removeTypfall', { label: c.label })}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => onChange([...value, newTypfall(value.length + 1)])}>
          {t('socioeconomic.addTypfall')}
        </Button>
      </div>
    </div>
  );
}
