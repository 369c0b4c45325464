import { useState } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { TextField, toNumber } from '../../lib/fields';
import { FormErrors } from '../../lib/form-errors';
import { formatDate, formatKronor } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { EquityGuidelineVersion } from '../../lib/types';
import { useFormSubmit } from '../../lib/use-form-submit';

const FORM = 'riktlinje';

/**
 * The equity guideline ("trappan"), every version by its decision date; the system administrator
 * enters new versions (the known 2013 step is there from the first start).
 */
export function GuidelinePanel() {
  const { t } = useTranslation();
  const can = useCan();
  const versions = useQuery({
    queryKey: ['allocation', 'guidelines'],
    queryFn: () => get<EquityGuidelineVersion[]>('/allocation/guidelines'),
  });
  const stepText = (s: EquityGuidelineVersion['steps'][number]) =>
    s.upToIncome === null
      ? t('allocation.stepAbove', { percent: s.percent })
      : t('allocation.stepUpTo', { percent: s.percent, income: formatKronor(s.upToIncome) });
  return (
    <section className="stack" aria-labelledby="allocation-guideline">
      <Heading level={2} data-size="md" id="allocation-guideline">
        {t('allocation.guideline')}
      </Heading>
      <Paragraph data-size="sm">{t('allocation.guidelineIntro')}</Paragraph>
      <div className="table-wrap">
        <Table zebra data-size="sm" border>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('allocation.decidedOn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('allocation.steps')}</Table.HeaderCell>
              <Table.HeaderCell>{t('allocation.note')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {(versions.data ?? []).map((v) => (
              <Table.Row key={v.id}>
                <Table.HeaderCell scope="row">{formatDate(v.decidedOn)}</Table.HeaderCell>
                <Table.Cell>{v.steps.map(stepText).join('; ')}</Table.Cell>
                <Table.Cell>{v.note}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {can('allocation.manage') && <GuidelineForm />}
    </section>
  );
}

/** A new version: its decision date and its steps (an empty income limit: no upper bound). */
function GuidelineForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [decidedOn, setDecidedOn] = useState('');
  const [note, setNote] = useState('');
  const [steps, setSteps] = useState([{ upTo: '', percent: '' }]);
  const [saved, setSaved] = useState(false);
  const { errors, busy, submit } = useFormSubmit(async () => {
    setSaved(false);
    await post('/allocation/guidelines', {
      decidedOn,
      note,
      steps: steps.map((s) => ({ upToIncome: toNumber(s.upTo), percent: toNumber(s.percent) ?? Number.NaN })),
    });
    await client.invalidateQueries({ queryKey: ['allocation', 'guidelines'] });
    setSaved(true);
  });
  const common = { form: FORM, errors };
  const update = (i: number, patch: Partial<(typeof steps)[number]>) =>
    setSteps(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <form className="form" onSubmit={(e) => void submit(undefined, e)} noValidate>
      <Heading level={3} data-size="sm">
        {t('allocation.newGuideline')}
      </Heading>
      <FormErrors {...common} />
      <TextField
        {...common}
        name="decidedOn"
        type="date"
        label={t('allocation.decidedOn')}
        value={decidedOn}
        onChange={setDecidedOn}
      />
      {steps.map((s, i) => (
        <div className="row" key={i}>
          <TextField
            {...common}
            name={`steps.${i}.upToIncome`}
            type="number"
            label={t('allocation.stepLimit', { n: i + 1 })}
            description={t('allocation.stepLimitHint')}
            value={s.upTo}
            onChange={(v) => update(i, { upTo: v })}
          />
          <TextField
            {...common}
            name={`steps.${i}.percent`}
            type="number"
            label={t('allocation.stepPercent', { n: i + 1 })}
            value={s.percent}
            onChange={(v) => update(i, { percent: v })}
          />
        </div>
      ))}
      <div>
        <Button type="button" variant="tertiary" onClick={() => setSteps([...steps, { upTo: '', percent: '' }])}>
          {t('allocation.addStep')}
        </Button>
      </div>
      <TextField {...common} name="note" multiline label={t('allocation.note')} value={note} onChange={setNote} />
      <div>
        <Button type="submit" loading={busy}>
          {t('allocation.saveGuideline')}
        </Button>
      </div>
      {saved && <StatusMessage kind="success">{t('common.saved')}</StatusMessage>}
    </form>
  );
}
