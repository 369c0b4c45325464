import { Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import { StatusMessage } from '../../lib/status-message';
import type { ProgrammeLogic } from '../../lib/types';
import { DocumentStatus } from './document-status';
import { LogicEditor } from './logic-editor';
import { LogicTable } from './logic-table';

/** One programme logic: editable while a draft (for those who write), else the Tabell 1 view. */
export function LogicView({
  associationId,
  id,
  canWrite,
  canApprove,
  onOpen,
}: {
  associationId: string;
  id: string;
  canWrite: boolean;
  canApprove: boolean;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const path = `/associations/${associationId}/programme-logics/${id}`;
  const {
    data: logic,
    error,
    isLoading,
  } = useQuery({
    queryKey: ['programme-logic', id],
    queryFn: () => get<ProgrammeLogic>(path),
  });
  if (isLoading) return <Spinner aria-label={t('common.loading')} />;
  if (error || !logic) return <StatusMessage kind="danger">{error?.message}</StatusMessage>;
  const changed = (next: ProgrammeLogic) => {
    client.setQueryData(['programme-logic', next.id], next);
    void client.invalidateQueries({ queryKey: ['programme-logics', associationId] });
    onOpen(next.id);
  };
  return (
    <section className="stack" aria-labelledby="logic-heading">
      <Heading level={2} data-size="sm" id="logic-heading">
        {t('programmeLogic.revision', {
          year: logic.year,
          revision: logic.revision,
          status: t(`programmeLogic.statuses.${logic.status}`),
        })}
      </Heading>
      <DocumentStatus path={path} document={logic} canWrite={canWrite} canApprove={canApprove} onChanged={changed} />
      {logic.status === 'draft' && canWrite ? (
        <LogicEditor logic={logic} associationId={associationId} />
      ) : (
        <LogicTable logic={logic} />
      )}
      <Paragraph data-size="sm" className="muted">
        {t('programmeLogic.fulfilmentNote')}
      </Paragraph>
    </section>
  );
}
