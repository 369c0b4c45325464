import { useState } from 'react';
import { Button, Fieldset, Heading, Link, Paragraph, Radio, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { followUpWindow, OCCUPATIONS, SUPPORT_CODES, todayIso, type FollowUpKind } from '@insikt/core';
import { get, put } from '../../lib/api';
import { CheckboxGroup, TextField, toNumber } from '../../lib/fields';
import { FormErrors } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import type { Participation } from '../../lib/types';
import { useFormSubmit } from '../../lib/use-form-submit';
import { usePageTitle } from '../../lib/use-page-title';

const FORM = 'follow-up';

interface Draft {
  date: string;
  reached: boolean;
  support: string[];
  occupation: string[];
  workHours: string;
  studyHours: string;
}

/** Recording one follow-up: when, whether the person was reached, and if so support, occupation and hours. */
export function FollowUpPage() {
  const { t } = useTranslation();
  const { associationId, participationId, kind } = useParams({ strict: false }) as {
    associationId: string;
    participationId: string;
    kind: FollowUpKind;
  };
  const kindLabel = t(`followUps.kinds.${kind}`);
  usePageTitle(t('followUps.formTitle', { kind: kindLabel }));
  const navigate = useNavigate();
  const client = useQueryClient();
  const url = `/associations/${associationId}/participations/${participationId}`;
  const record = useQuery({ queryKey: ['participation', participationId], queryFn: () => get<Participation>(url) });
  const [d, setDraft] = useState<Draft>({
    date: todayIso(),
    reached: true,
    support: [],
    occupation: [],
    workHours: '',
    studyHours: '',
  });
  const set = (patch: Partial<Draft>) => setDraft({ ...d, ...patch });
  const { errors, busy, submit } = useFormSubmit(async (draft: Draft) => {
    await put(`${url}/follow-ups/${kind}`, {
      date: draft.date,
      reached: draft.reached,
      support: draft.reached ? draft.support : [],
      occupation: draft.reached ? draft.occupation : [],
      workHours: draft.reached ? toNumber(draft.workHours) : null,
      studyHours: draft.reached ? toNumber(draft.studyHours) : null,
      version: record.data!.version,
    });
    await client.invalidateQueries({ queryKey: ['follow-ups', associationId] });
    await client.invalidateQueries({ queryKey: ['participation', participationId] });
    await navigate({ to: `/forbund/${associationId}/uppfoljningar` as never, search: { sparad: '1' } as never });
  });
  if (record.error) return <StatusMessage kind="danger">{record.error.message}</StatusMessage>;
  if (!record.data) return <Spinner aria-label={t('common.loading')} />;
  const exit = record.data.exitDate;
  const window = exit ? followUpWindow(exit, kind) : null;
  const common = { form: FORM, errors };
  const codes = (list: readonly string[], group: string) =>
    list.map((c) => ({ value: c, label: t(`codes.${group}.${c}`) }));

  return (
    <form className="stack" noValidate onSubmit={(e) => void submit(d, e)}>
      <Heading level={1} data-size="lg">
        {t('followUps.formTitle', { kind: kindLabel })}: {record.data.personReference ?? t('participants.anonymous')}
      </Heading>
      {window && (
        <Paragraph>{t('followUps.formIntro', { exit, opens: window.opens, closes: window.closes })}</Paragraph>
      )}
      <FormErrors form={FORM} errors={errors} />
      <TextField
        {...common}
        name="date"
        type="date"
        label={t('followUps.date')}
        value={d.date}
        onChange={(date) => set({ date })}
      />
      <Fieldset id={`${FORM}-reached`} tabIndex={-1}>
        <Fieldset.Legend>{t('followUps.reached')}</Fieldset.Legend>
        <Radio
          name="reached"
          value="yes"
          label={t('followUps.reachedYes')}
          checked={d.reached}
          onChange={() => set({ reached: true })}
        />
        <Radio
          name="reached"
          value="no"
          label={t('followUps.reachedNo')}
          checked={!d.reached}
          onChange={() => set({ reached: false })}
        />
      </Fieldset>
      {d.reached && (
        <>
          <CheckboxGroup
            {...common}
            name="occupation"
            label={t('followUps.occupation')}
            values={d.occupation}
            onChange={(occupation) => set({ occupation })}
            options={codes(OCCUPATIONS, 'occupation')}
          />
          <div className="row">
            <TextField
              {...common}
              name="workHours"
              type="number"
              label={t('followUps.workHours')}
              value={d.workHours}
              onChange={(workHours) => set({ workHours })}
            />
            <TextField
              {...common}
              name="studyHours"
              type="number"
              label={t('followUps.studyHours')}
              value={d.studyHours}
              onChange={(studyHours) => set({ studyHours })}
            />
          </div>
          <CheckboxGroup
            {...common}
            name="support"
            label={t('followUps.support')}
            values={d.support}
            onChange={(support) => set({ support })}
            options={codes(SUPPORT_CODES, 'support')}
          />
        </>
      )}
      <div className="row">
        <Button type="submit" loading={busy}>
          {t('followUps.save')}
        </Button>
        <Link asChild>
          <RouterLink to={`/forbund/${associationId}/uppfoljningar` as never}>{t('followUps.back')}</RouterLink>
        </Link>
      </div>
    </form>
  );
}
