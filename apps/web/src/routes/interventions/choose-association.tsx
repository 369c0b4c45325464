import { Heading, Link, List, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RedirectTo } from '../../lib/redirect-once';
import { useAssociations } from '../../lib/use-associations';
import { usePageTitle } from '../../lib/use-page-title';

/** "Insatser", "Deltagare" and "Uppföljningar" in the menu: straight to the user's förbund, or a choice of them. */
export function ChooseAssociation({ section }: { section: 'insatser' | 'deltagare' | 'uppfoljningar' }) {
  const { t } = useTranslation();
  const title = {
    insatser: t('interventions.title'),
    deltagare: t('participants.title'),
    uppfoljningar: t('followUps.title'),
  }[section];
  usePageTitle(title);
  const { data, isLoading } = useAssociations();
  if (isLoading || !data) return <Spinner aria-label={t('common.loading')} />;
  if (data.length === 1) return <RedirectTo to={`/forbund/${data[0]!.id}/${section}`} />;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {data.length === 0 ? (
        <Paragraph>{t('associations.empty')}</Paragraph>
      ) : (
        <List.Unordered>
          {data.map((a) => (
            <List.Item key={a.id}>
              <Link asChild>
                <RouterLink to={`/forbund/${a.id}/${section}` as never}>{a.name}</RouterLink>
              </Link>
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </div>
  );
}
