/**
 * Every screen's route, in one place. `path` is the router's pattern (src/app/router.tsx,
 * and the browser tests' list of screens); `href()` builds a link to it, with ids
 * URL-encoded. Links and navigation use `href()`, never a string of their own.
 */
const segment = encodeURIComponent;
const withSection = (path: string, section?: string) => (section ? `${path}#${section}` : path);

export const paths = {
  overview: { path: '/', href: () => '/' },
  team: { path: '/teams/:teamId', href: (teamId: string) => `/teams/${segment(teamId)}` },
  teamWorksheet: {
    path: '/teams/:teamId/worksheet',
    href: (teamId: string) => `/teams/${segment(teamId)}/worksheet`,
  },
  newHire: {
    path: '/teams/:teamId/hires/new',
    href: (teamId: string) => `/teams/${segment(teamId)}/hires/new`,
  },
  teamCalendar: {
    path: '/teams/:teamId/calendar',
    href: (teamId: string) => `/teams/${segment(teamId)}/calendar`,
  },
  hire: { path: '/hires/:hireId', href: (hireId: string) => `/hires/${segment(hireId)}` },
  hireStatus: {
    path: '/hires/:hireId/status',
    href: (hireId: string) => `/hires/${segment(hireId)}/status`,
  },
  editHire: {
    path: '/hires/:hireId/edit',
    href: (hireId: string) => `/hires/${segment(hireId)}/edit`,
  },
  hirePrint: {
    path: '/hires/:hireId/print',
    href: (hireId: string) => `/hires/${segment(hireId)}/print`,
  },
  hirePlan: {
    path: '/hires/:hireId/plan',
    href: (hireId: string) => `/hires/${segment(hireId)}/plan`,
  },
  /** The peer's status from a link; the snapshot rides in the fragment (already URL-safe). */
  sharedStatus: { path: '/shared', href: (fragment: string) => `/shared#${fragment}` },
  calendar: { path: '/calendar', href: () => '/calendar' },
  /** `section` is a section's id: the page scrolls to and focuses its heading. */
  guide: { path: '/guide', href: (section?: string) => withSection('/guide', section) },
  settings: { path: '/settings', href: () => '/settings' },
  backup: { path: '/settings/backup', href: () => '/settings/backup' },
  about: { path: '/about', href: (section?: string) => withSection('/about', section) },
  accessibility: { path: '/accessibility', href: () => '/accessibility' },
} as const;
