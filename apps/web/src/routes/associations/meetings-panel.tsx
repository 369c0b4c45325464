import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { bodyMeetingInput, DEVIATION_BODIES } from '@insikt/core';
import { del, get, post } from '../../lib/api';
import { choices, FormDate, FormSelect } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { formatDate } from '../../lib/format';
import type { BodyMeeting } from '../../lib/types';

type Draft = { body: string; date: string };

/**
 * The meeting dates of the board and the beredningsgrupp: a deviation case must reach the
 * förbundschef two weeks before the body meets, so its deadline comes from these (issue 15 §2).
 */
export function MeetingsPanel({ associationId, editable }: { associationId: string; editable: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = ['body-meetings', associationId];
  const meetings = useQuery({
    queryKey: key,
    queryFn: () => get<BodyMeeting[]>(`/associations/${associationId}/body-meetings`),
  });
  const remove = useMutation({
    mutationFn: (id: string) => del(`/associations/${associationId}/body-meetings/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
  const bound = useBoundForm<Draft, { date: string }>({
    form: 'body-meeting',
    defaultValues: { body: 'preparatoryGroup', date: '' },
    schema: bodyMeetingInput,
    toBody: (d) => ({ date: d.date }),
    onSubmit: async (body) => {
      await post(`/associations/${associationId}/bodies/${bound.methods.getValues('body')}/meetings`, body);
      bound.methods.setValue('date', '');
      await client.invalidateQueries({ queryKey: key });
    },
  });
  return (
    <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <Paragraph>{t('associations.meetingsIntro')}</Paragraph>
      {meetings.data && meetings.data.length === 0 && <Paragraph>{t('associations.noMeetings')}</Paragraph>}
      {meetings.data && meetings.data.length > 0 && (
        <div className="table-wrap">
          <Table zebra>
            <caption className="visually-hidden">{t('associations.meetings')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('associations.meetingDate')}</Table.HeaderCell>
                <Table.HeaderCell>{t('associations.meetingBody')}</Table.HeaderCell>
                {editable && <Table.HeaderCell>{t('associations.removeColumn')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {meetings.data.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>{formatDate(m.date)}</Table.Cell>
                  <Table.Cell>{t(`bodies.${m.body}`)}</Table.Cell>
                  {editable && (
                    <Table.Cell>
                      <Button variant="tertiary" data-size="sm" onClick={() => remove.mutate(m.id)}>
                        {t('associations.removeMeeting', { date: formatDate(m.date) })}
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {editable && (
        <BoundForm bound={bound}>
          <Heading level={2} data-size="xs">
            {t('associations.addMeeting')}
          </Heading>
          <FormSelect<Draft>
            name="body"
            label={t('associations.meetingBody')}
            options={choices(DEVIATION_BODIES, (b) => t(`bodies.${b}`))}
          />
          <FormDate<Draft> name="date" label={t('associations.meetingDate')} />
          <SubmitButton>{t('associations.addMeeting')}</SubmitButton>
        </BoundForm>
      )}
    </div>
  );
}
