import { Heading, Link, List, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../lib/auth';
import { RedirectTo } from '../../lib/redirect-once';
import { useAssociations } from '../../lib/use-associations';
import { usePageTitle } from '../../lib/use-page-title';

/** "Insatser", "Deltagare", "Uppföljningar", "Utvärdering", "Enkäter", "Avvikelser", "Ekonomi" and the rest of the förbund's sections in the menu: straight to the user's förbund, or a choice of them. */
export function ChooseAssociation({
  section,
}: {
  section:
    | 'insatser'
    | 'deltagare'
    | 'uppfoljningar'
    | 'utvardering'
    | 'enkater'
    | 'avvikelser'
    | 'ekonomi'
    | 'medlemsbidrag'
    | 'arshjul'
    | 'strukturinsatser'
    | 'nationell-uppfoljning';
}) {
  const { t } = useTranslation();
  const title = {
    insatser: t('interventions.title'),
    deltagare: t('participants.title'),
    uppfoljningar: t('followUps.title'),
    utvardering: t('evaluation.title'),
    enkater: t('surveys.title'),
    avvikelser: t('deviations.title'),
    ekonomi: t('finance.title'),
    medlemsbidrag: t('contributions.title'),
    arshjul: t('financeCalendar.title'),
    strukturinsatser: t('structural.title'),
    'nationell-uppfoljning': t('nationalFigures.title'),
  }[section];
  usePageTitle(title);
  const can = useCan();
  const associations = useAssociations();
  if (associations.isLoading || !associations.data) return <Spinner aria-label={t('common.loading')} />;
  // Only the förbund where the section opens: a reader in one förbund and coach in another
  // gets no participant list that answers with an access error.
  const permission = {
    insatser: 'intervention.catalogue',
    utvardering: 'evaluation.read',
    enkater: 'survey.read',
    deltagare: 'participant.read',
    uppfoljningar: 'participant.read',
    avvikelser: 'deviation.published',
    ekonomi: 'finance.read',
    medlemsbidrag: 'finance.read',
    arshjul: 'finance.read',
    strukturinsatser: 'structural.read',
    'nationell-uppfoljning': 'national_figures.read',
  } as const;
  const data = associations.data.filter((a) => can(permission[section], a.id));
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
