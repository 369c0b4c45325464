import { Card, Heading, Link, List, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { RoleCode } from '@insikt/core';
import { useCan, useMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/use-page-title';
import { FinanceDeadlines } from '../finance-calendar/finance-deadlines';

/** A start page per role: the roles the user holds and what each lets them do. */
export function StartPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const can = useCan();
  usePageTitle(t('nav.start'));
  if (!me) return null;
  const held = new Set<RoleCode>(me.roles.map((r) => r.role));
  const isSystemAdmin = held.has('system_admin');

  const cards: { key: string; title: string; text: string; to?: string }[] = [];
  if (can('association.read')) {
    cards.push({
      key: 'associations',
      title: t('nav.associations'),
      text: isSystemAdmin
        ? t('start.cards.associationsAdmin')
        : can('association.update')
          ? t('start.cards.associationsOwn')
          : t('start.cards.associationsRead'),
      to: '/forbund',
    });
  }
  if (can('user.manage'))
    cards.push({ key: 'users', title: t('nav.users'), text: t('start.cards.users'), to: '/anvandare' });
  if (can('audit.read')) cards.push({ key: 'audit', title: t('nav.audit'), text: t('start.cards.audit'), to: '/logg' });
  if (can('intervention.catalogue'))
    cards.push({
      key: 'interventions',
      title: t('nav.interventions'),
      text: t('start.cards.interventions'),
      to: '/insatser',
    });
  if (can('participant.read'))
    cards.push({
      key: 'participants',
      title: t('nav.participants'),
      text: t('start.cards.participants'),
      to: '/deltagare',
    });
  if (can('participant.write'))
    cards.push({ key: 'import', title: t('nav.import'), text: t('start.cards.import'), to: '/import' });
  if (can('report.read'))
    cards.push({ key: 'reports', title: t('nav.reports'), text: t('start.cards.reports'), to: '/rapporter' });
  cards.push({ key: 'account', title: t('nav.account'), text: t('start.cards.account'), to: '/konto' });

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('start.title', { name: me.name })}
      </Heading>
      <section className="stack" aria-labelledby="roles-heading">
        <Heading level={2} data-size="sm" id="roles-heading">
          {t('start.yourRoles')}
        </Heading>
        {me.roles.length === 0 ? (
          <Paragraph>{t('start.noRoles')}</Paragraph>
        ) : (
          <List.Unordered>
            {me.roles.map((r) => (
              <List.Item key={r.id}>
                <Tag data-color="brand1">{t(`roles.${r.role}`)}</Tag> {r.associationName ?? t('users.global')} –{' '}
                {t(`roleDescriptions.${r.role}`)}
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </section>
      {can('finance.read') && <FinanceDeadlines />}
      <section className="stack" aria-labelledby="can-heading">
        <Heading level={2} data-size="sm" id="can-heading">
          {t('start.whatYouCanDo')}
        </Heading>
        <div className="cards">
          {cards.map((c) => (
            <Card key={c.key} data-testid={`card-${c.key}`}>
              <Heading level={3} data-size="xs">
                {c.to ? (
                  <Link asChild>
                    <RouterLink to={c.to}>{c.title}</RouterLink>
                  </Link>
                ) : (
                  c.title
                )}
              </Heading>
              <Paragraph data-size="sm">{c.text}</Paragraph>
            </Card>
          ))}
        </div>
      </section>
    </div>
  );
}
