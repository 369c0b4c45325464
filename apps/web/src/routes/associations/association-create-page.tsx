import { Heading } from '@digdir/designsystemet-react';
import { useNavigate } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import type { Association } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { AssociationForm } from './association-form';

export function AssociationCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('associations.createTitle'));
  const navigate = useNavigate();
  const client = useQueryClient();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('associations.createTitle')}
      </Heading>
      <AssociationForm
        submitLabel={t('associations.createTitle')}
        onSubmit={async (input) => {
          const created = await post<Association>('/associations', input);
          await client.invalidateQueries({ queryKey: ['associations'] });
          await navigate({
            to: '/forbund/$associationId',
            params: { associationId: created.id },
            search: { created: '1' } as never,
          });
        }}
      />
    </div>
  );
}
