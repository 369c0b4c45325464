import { useState } from 'react';
import { Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_KINDS,
  activityInput,
  activitySeriesInput,
  type ActivityInput,
  type ActivitySeriesInput,
  type AttendanceInput,
} from '@insikt/core';
import { post, put } from '../../lib/api';
import { choices, FormDate, FormNumber, FormSelect, FormText, RadioGroup } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import type { StructuralActivity, StructuralActivityList } from '../../lib/types';

const WEEKS = ['1', '2', '3', '4', '-1'] as const;

interface Draft {
  date: string;
  until: string;
  rule: 'weekly' | 'monthly-weekday';
  everyWeeks: number | null;
  week: (typeof WEEKS)[number];
  kind: string;
  topic: string;
  hours: number | null;
  note: string;
  attendance: AttendanceInput[];
}

type Body = ActivityInput | ActivitySeriesInput;

/** Every organisation of the förbund in the form, with the counts the activity already has. */
const attendanceOf = (organisations: StructuralActivityList['organisations'], activity?: StructuralActivity) =>
  organisations.map(
    (o) =>
      activity?.attendance.find((a) => a.organisationId === o.id) ?? {
        organisationId: o.id,
        women: 0,
        men: 0,
        unknown: 0,
      },
  );

/**
 * Records an activity, or all occurrences of a recurring one at once (issue 17 §1), or edits one.
 * The counts per organisation and gender are the whole record: no names, ever.
 */
export function ActivityForm({
  path,
  list,
  editing,
  onSaved,
}: {
  path: string;
  list: StructuralActivityList;
  editing?: StructuralActivity;
  onSaved: (message: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'single' | 'series'>('single');
  const bound = useBoundForm<Draft, Body>({
    form: editing ? `activity-${editing.id}` : 'new-activity',
    defaultValues: {
      date: editing?.date ?? '',
      until: '',
      rule: 'monthly-weekday',
      everyWeeks: 2,
      week: '2',
      kind: editing?.kind ?? 'samverkansmote',
      topic: editing?.topic ?? '',
      hours: editing?.hours ?? null,
      note: editing?.note ?? '',
      attendance: attendanceOf(list.organisations, editing),
    },
    toBody: (d) => {
      const common = {
        kind: d.kind as ActivityInput['kind'],
        topic: d.topic,
        hours: d.hours as number,
        note: d.note,
        attendance: d.attendance.filter((o) => o.women + o.men + o.unknown > 0),
      };
      if (mode === 'single') return { ...common, date: d.date };
      return {
        ...common,
        first: d.date,
        until: d.until,
        rule:
          d.rule === 'weekly'
            ? { kind: 'weekly', everyWeeks: d.everyWeeks as number }
            : { kind: 'monthly-weekday', week: Number(d.week) as 1 | 2 | 3 | 4 | -1 },
      };
    },
    // The rules and Swedish messages of the server, for the kind of entry chosen.
    schema: (mode === 'series' ? activitySeriesInput : activityInput) as z.ZodType<Body>,
    onSubmit: async (body) => {
      if (editing) {
        await put(`${path}/activities/${editing.id}`, { ...body, version: editing.version });
        await onSaved(t('structural.saved'));
      } else if ('rule' in body) {
        const saved = await post<{ dates: string[] }>(`${path}/activity-series`, body);
        await onSaved(t('structural.seriesSaved', { count: saved.dates.length }));
      } else {
        await post(`${path}/activities`, body);
        await onSaved(t('structural.saved'));
      }
    },
  });
  const rule = bound.methods.watch('rule');
  return (
    <BoundForm bound={bound}>
      <Heading level={2} data-size="sm">
        {editing ? t('structural.editActivity') : t('structural.newActivity')}
      </Heading>
      {!editing && (
        <RadioGroup<'single' | 'series'>
          form={bound.form}
          errors={[]}
          name="mode"
          label={t('structural.mode')}
          value={mode}
          onChange={setMode}
          options={(['single', 'series'] as const).map((m) => ({
            value: m,
            code: m,
            label: t(`structural.modes.${m}`),
          }))}
        />
      )}
      <div className="row">
        <FormDate<Draft>
          name="date"
          label={mode === 'series' ? t('structural.field.first') : t('structural.field.date')}
        />
        {mode === 'series' && <FormDate<Draft> name="until" label={t('structural.field.until')} />}
      </div>
      {mode === 'series' && (
        <div className="row">
          <FormSelect<Draft>
            name="rule"
            label={t('structural.field.rule')}
            options={(['monthly-weekday', 'weekly'] as const).map((r) => ({
              value: r,
              label: t(`structural.rules.${r}`),
            }))}
          />
          {rule === 'weekly' ? (
            <FormNumber<Draft> name="everyWeeks" label={t('structural.field.everyWeeks')} />
          ) : (
            <FormSelect<Draft>
              name="week"
              label={t('structural.field.week')}
              options={WEEKS.map((w) => ({ value: w, label: t(`structural.weeks.${w}`) }))}
            />
          )}
        </div>
      )}
      <FormSelect<Draft>
        name="kind"
        label={t('structural.field.kind')}
        options={choices(ACTIVITY_KINDS, (k) => t(`structural.kinds.${k}`))}
      />
      <FormText<Draft> name="topic" label={t('structural.field.topic')} />
      <FormNumber<Draft>
        name="hours"
        label={t('structural.field.hours')}
        description={t('structural.field.hoursHelp')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('structural.attendance')}</Fieldset.Legend>
        <Paragraph data-size="sm">{t('structural.attendanceHelp')}</Paragraph>
        {list.organisations.map((o, i) => (
          <div className="row" key={o.id} role="group" aria-label={o.name}>
            {(['women', 'men', 'unknown'] as const).map((g) => (
              <FormNumber<Draft>
                key={g}
                name={`attendance.${i}.${g}`}
                empty={0}
                label={t('structural.countLabel', { gender: t(`structural.genders.${g}`), organisation: o.name })}
              />
            ))}
          </div>
        ))}
      </Fieldset>
      <FormText<Draft>
        name="note"
        multiline
        label={t('structural.field.note')}
        description={t('structural.field.noteHelp')}
      />
      <SubmitButton>{editing ? t('common.save') : t('structural.newActivity')}</SubmitButton>
    </BoundForm>
  );
}
