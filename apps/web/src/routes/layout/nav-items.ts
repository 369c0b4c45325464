/** One screen in the menu. */
export interface NavLink {
  to: string;
  label: string;
  show: boolean;
}

/**
 * Screens that belong together (decision 0064): the main menu shows the group as one link, to its first
 * screen the user may open, and every screen of the group shows the others in a section menu. A new
 * screen joins a group by one more line in its items.
 */
export interface NavGroup {
  label: string;
  items: NavLink[];
}

export type NavEntry = NavLink | NavGroup;

const isGroup = (e: NavEntry): e is NavGroup => 'items' in e;

/** Sections that live under /forbund/<id>/… but belong to their own menu item rather than to "Förbund". */
export const SECTIONS_UNDER_ASSOCIATION = [
  '/insatser',
  '/deltagare',
  '/uppfoljningar',
  '/utvardering',
  '/enkater',
  '/avvikelser',
  '/medlemsbidrag',
  '/arshjul',
  '/ekonomi',
  '/strukturinsatser',
  '/nationell-uppfoljning',
];

/** The menu item a path belongs to: a förbund's section first, else the longest menu path it lies under. */
export function currentItem(path: string, items: readonly string[]): string | undefined {
  const section = SECTIONS_UNDER_ASSOCIATION.find((to) => new RegExp(`^/forbund/[^/]+${to}(/|$)`).test(path));
  if (section) return section;
  if (path === '/') return '/';
  return items
    .filter((to) => to !== '/' && (path === to || path.startsWith(`${to}/`)))
    .sort((a, b) => b.length - a.length)[0];
}

/** A link of the section menu keeps the förbund the user is in (/forbund/<id>/arshjul from its Ekonomi). */
export function sectionHref(to: string, path: string): string {
  const association = /^\/forbund\/([^/]+)\//.exec(path)?.[1];
  return association && SECTIONS_UNDER_ASSOCIATION.includes(to) ? `/forbund/${association}${to}` : to;
}

/** The visible menu: links, and each group with at least one screen the user may open. */
export function visibleMenu(entries: readonly NavEntry[]) {
  return entries.flatMap((e) => {
    if (!isGroup(e)) return e.show ? [{ ...e, items: [e] }] : [];
    const items = e.items.filter((i) => i.show);
    // A group with one screen is that screen, under its own name.
    if (items.length <= 1) return items.map((i) => ({ ...i, items: [i] }));
    return [{ to: items[0]!.to, label: e.label, show: true, items }];
  });
}
