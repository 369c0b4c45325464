import { Button } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { AccountNotice } from '../../lib/types';

/** Roles others gave the person's existing account: there is no e-mail, so they are told here. */
export function AccountNotices({ notices }: { notices: AccountNotice[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  if (notices.length === 0) return null;
  return (
    <StatusMessage kind="info">
      <ul>
        {notices.map((n) => (
          <li key={n.id}>
            {t('account.roleGranted', {
              date: formatDateTime(n.createdAt),
              role: t(`roles.${n.role}`),
              association: n.associationName ?? '',
              by: n.grantedByName ?? '',
            })}
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        data-size="sm"
        onClick={() => void post('/auth/notices/read').then(() => client.invalidateQueries({ queryKey: ['me'] }))}
      >
        {t('account.noticesRead')}
      </Button>
    </StatusMessage>
  );
}
