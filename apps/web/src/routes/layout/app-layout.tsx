import { useEffect, useRef } from 'react';
import { Button, Link, SkipLink, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink, Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import { useCan, useMe, useSignedOut } from '../../lib/auth';
import { switchLanguage } from '../../lib/i18n';
import { RedirectOnce } from '../../lib/redirect-once';
import { StatusMessage } from '../../lib/status-message';
import { currentItem, visibleMenu, type NavEntry } from './nav-items';
import { SectionNav } from './section-nav';

/** The frame of every signed-in screen: skip link, header with menu, the group's section menu and the page in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: me, isLoading, error } = useMe();
  const can = useCan();
  const location = useLocation();
  const navigate = useNavigate();
  const signedOut = useSignedOut();
  const mainRef = useRef<HTMLElement>(null);

  // Move focus to the new page after client-side navigation, as a page load would (WCAG 2.4.3).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  if (isLoading) return <Spinner aria-label={t('common.loading')} />;
  if (error)
    return (
      <main>
        <StatusMessage kind="danger">{error.message}</StatusMessage>
      </main>
    );
  if (!me) return <RedirectOnce to="/logga-in" search={{ redirect: location.href }} />;
  if (me.mustChangePassword && location.pathname !== '/konto') return <RedirectOnce to="/konto" />;

  const entries: NavEntry[] = [
    { to: '/', label: t('nav.start'), show: true },
    {
      label: t('nav.interventions'),
      items: [
        { to: '/insatser', label: t('nav.interventions'), show: can('intervention.catalogue') },
        { to: '/strukturinsatser', label: t('structural.title'), show: can('structural.read') },
        { to: '/nationell-uppfoljning', label: t('nationalFigures.title'), show: can('national_figures.read') },
      ],
    },
    {
      label: t('nav.participants'),
      items: [
        { to: '/deltagare', label: t('nav.participants'), show: can('participant.read') },
        { to: '/uppfoljningar', label: t('nav.followUps'), show: can('participant.read') },
        { to: '/import', label: t('nav.import'), show: can('participant.write') },
      ],
    },
    { to: '/rapporter', label: t('nav.reports'), show: can('report.read') },
    { to: '/nytto', label: t('nav.socioeconomic'), show: can('socioeconomic.read') },
    { to: '/utvardering', label: t('nav.evaluation'), show: can('evaluation.read') },
    { to: '/enkater', label: t('surveys.title'), show: can('survey.read') },
    { to: '/avvikelser', label: t('deviations.title'), show: can('deviation.published') },
    // The economy screens together, the förbund's own budget and outcome first and the state's model last.
    {
      label: t('finance.title'),
      items: [
        { to: '/ekonomi', label: t('finance.menu.budget'), show: can('finance.read') },
        // The national reader reads no förbund's budget, only the comparison.
        { to: '/ekonomi/jamforelse', label: t('finance.menu.compare'), show: can('finance.compare') },
        { to: '/medlemsbidrag', label: t('contributions.title'), show: can('finance.read') },
        { to: '/arshjul', label: t('financeCalendar.title'), show: can('finance.read') },
        { to: '/fordelning', label: t('allocation.title'), show: can('allocation.read') },
      ],
    },
    { to: '/forbund', label: t('nav.associations'), show: can('association.read') },
    { to: '/anvandare', label: t('nav.users'), show: can('user.manage') },
    { to: '/logg', label: t('nav.audit'), show: can('audit.read') },
    { to: '/utkorg', label: t('notifications.outbox.title'), show: can('outbox.manage') },
    { to: '/konto', label: t('nav.account'), show: true },
  ];
  const links = me.mustChangePassword ? [] : visibleMenu(entries);
  const path = location.pathname;
  const current = currentItem(
    path,
    links.flatMap((l) => l.items.map((i) => i.to)),
  );
  const group = links.find((l) => l.items.length > 1 && l.items.some((i) => i.to === current));

  const logout = async () => {
    await post('/auth/logout').catch(() => undefined);
    signedOut();
    await navigate({ to: '/logga-in' });
  };

  return (
    <>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="app-header">
        <RouterLink to="/" className="app-brand">
          {t('app.name')}
        </RouterLink>
        <nav className="app-nav" aria-label={t('nav.main')}>
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                <Link asChild>
                  <RouterLink
                    to={l.to}
                    // The router marks prefixes active (/forbund for /forbund/…/deltagare); we decide instead.
                    activeOptions={{ exact: true }}
                    inactiveProps={{ 'aria-current': l.items.some((i) => i.to === current) ? 'page' : undefined }}
                  >
                    {l.label}
                  </RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-user">
          <span className="muted">{me.name}</span>
          <Button variant="tertiary" data-size="sm" onClick={switchLanguage} lang={t('nav.languageCode')}>
            {t('nav.language')}
          </Button>
          <Button variant="secondary" data-size="sm" onClick={() => void logout()}>
            {t('nav.logout')}
          </Button>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {group && <SectionNav label={group.label} items={group.items} current={current} path={path} />}
        <Outlet />
      </main>
    </>
  );
}
