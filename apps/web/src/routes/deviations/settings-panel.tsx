import { Button, Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, post, put } from '../../lib/api';
import { StatusMessage } from '../../lib/status-message';
import type { DeviationSettings } from '../../lib/types';
import { deviationPaths } from './deviation-paths';

/** The report link (on, off, renewed) and whether the published cases open without login (off by default). */
export function SettingsPanel({ associationId }: { associationId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const path = `/associations/${associationId}/deviation-settings`;
  const paths = deviationPaths(associationId);
  const settings = useQuery({
    queryKey: ['deviation-settings', associationId],
    queryFn: () => get<DeviationSettings>(path),
  });
  const save = useMutation({
    mutationFn: (change: Partial<Pick<DeviationSettings, 'reportLinkEnabled' | 'publicationPublic'>>) =>
      put<DeviationSettings>(path, {
        reportLinkEnabled: settings.data!.reportLinkEnabled,
        publicationPublic: settings.data!.publicationPublic,
        ...change,
        version: settings.data!.version,
      }),
    onSuccess: (data) => client.setQueryData(['deviation-settings', associationId], data),
  });
  const renew = useMutation({
    mutationFn: () => post<DeviationSettings>(`${path}/renew-link`, { version: settings.data!.version }),
    onSuccess: (data) => client.setQueryData(['deviation-settings', associationId], data),
  });
  if (!settings.data) return null;
  const s = settings.data;
  return (
    <section className="stack" aria-labelledby="deviation-settings">
      <Heading level={2} data-size="md" id="deviation-settings">
        {t('deviations.settings.title')}
      </Heading>
      <Switch
        label={t('deviations.settings.linkEnabled')}
        checked={s.reportLinkEnabled}
        onChange={(e) => save.mutate({ reportLinkEnabled: e.target.checked })}
      />
      {s.reportLinkEnabled && (
        <>
          <Paragraph>
            {t('deviations.settings.linkIs')} <code data-testid="report-link">{paths.link(s.reportToken)}</code>
          </Paragraph>
          <div>
            <Button variant="secondary" data-size="sm" onClick={() => renew.mutate()} loading={renew.isPending}>
              {t('deviations.settings.renew')}
            </Button>
          </div>
          <Paragraph data-size="sm">{t('deviations.settings.renewHelp')}</Paragraph>
        </>
      )}
      <Switch
        label={t('deviations.settings.publicationPublic')}
        checked={s.publicationPublic}
        onChange={(e) => save.mutate({ publicationPublic: e.target.checked })}
      />
      {s.publicationPublic && (
        <Paragraph>
          {t('deviations.settings.publicationIs')} <code>{paths.openPublication}</code>
        </Paragraph>
      )}
      {(save.error ?? renew.error) && (
        <StatusMessage kind="danger">{(save.error ?? renew.error)!.message}</StatusMessage>
      )}
    </section>
  );
}
