import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { sectionHref, type NavLink } from './nav-items';

/**
 * The screens of a menu group (decision 0064), at the top of each of them: plain links in a labelled
 * navigation landmark, the current one marked, so keyboard and screen reader users move between them as
 * through the main menu.
 */
export function SectionNav({
  label,
  items,
  current,
  path,
}: {
  label: string;
  items: NavLink[];
  current: string | undefined;
  path: string;
}) {
  return (
    <nav className="section-nav" aria-label={label}>
      <ul>
        {items.map((i) => (
          <li key={i.to}>
            <Link asChild>
              <RouterLink
                to={sectionHref(i.to, path) as never}
                activeOptions={{ exact: true }}
                inactiveProps={{ 'aria-current': i.to === current ? 'page' : undefined }}
              >
                {i.label}
              </RouterLink>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
