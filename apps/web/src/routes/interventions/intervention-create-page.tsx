import { Heading, Spinner } from '@digdir/designsystemet-react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../lib/api';
import type { Association, Intervention } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { emptyIntervention, InterventionForm } from './intervention-form';

export function InterventionCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('interventions.new'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const navigate = useNavigate();
  const client = useQueryClient();
  const association = useQuery({
    queryKey: ['association', associationId],
    queryFn: () => get<Association>(`/associations/${associationId}`),
  });
  if (!association.data) return <Spinner aria-label={t('common.loading')} />;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('interventions.new')}
      </Heading>
      <InterventionForm
        association={association.data}
        initial={emptyIntervention()}
        submitLabel={t('interventions.new')}
        onSubmit={async (draft) => {
          const created = await post<Intervention>(`/associations/${associationId}/interventions`, draft);
          await client.invalidateQueries({ queryKey: ['interventions', associationId] });
          await navigate({ to: `/forbund/${associationId}/insatser/${created.id}` as never });
        }}
      />
    </div>
  );
}
