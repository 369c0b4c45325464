import { useState } from 'react';
import { Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canOnEvaluation } from '@insikt/core';
import { get } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { SelectField } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import type { ProgrammeLogicSummary } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { CreateLogicForm } from './create-logic-form';
import { LogicView } from './logic-view';

/** "Mål- och programlogik": the förbund's logic per year, with measured fulfilment (issue 13 §4). */
export function ProgrammeLogicPage() {
  const { t } = useTranslation();
  usePageTitle(t('programmeLogic.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const { data: me } = useMe();
  // A förbund-level document: written by roles covering every insats (the server checks the same).
  const canWrite = !!me && canOnEvaluation(me.roles, 'evaluation.write', associationId, []);
  const canApprove = !!me && canOnEvaluation(me.roles, 'evaluation.approve', associationId, []);
  const list = useQuery({
    queryKey: ['programme-logics', associationId],
    queryFn: () => get<ProgrammeLogicSummary[]>(`/associations/${associationId}/programme-logics`),
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const logics = list.data ?? [];
  // The list is ordered by year and revision: the last is the latest year's latest version.
  const selected = chosen ?? logics.at(-1)?.id ?? null;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('programmeLogic.title')}
      </Heading>
      <Paragraph>{t('programmeLogic.intro')}</Paragraph>
      {list.isLoading && <Spinner aria-label={t('common.loading')} />}
      {list.error && <StatusMessage kind="danger">{list.error.message}</StatusMessage>}
      {list.data && logics.length === 0 && (
        <Paragraph>{canWrite ? t('programmeLogic.none') : t('programmeLogic.noneForReader')}</Paragraph>
      )}
      {logics.length > 0 && (
        <SelectField
          form="logic-choice"
          name="logic"
          errors={[]}
          label={t('programmeLogic.choose')}
          value={selected ?? ''}
          onChange={setChosen}
          options={[...logics].reverse().map((l) => ({
            value: l.id,
            label: t('programmeLogic.revision', {
              year: l.year,
              revision: l.revision,
              status: t(`programmeLogic.statuses.${l.status}`),
            }),
          }))}
        />
      )}
      {selected && (
        <LogicView
          key={selected}
          associationId={associationId}
          id={selected}
          canWrite={canWrite}
          canApprove={canApprove}
          onOpen={setChosen}
        />
      )}
      {canWrite && <CreateLogicForm associationId={associationId} onCreated={setChosen} />}
    </div>
  );
}
