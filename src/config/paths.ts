/**
 * Every screen's route, in one place. `path` is the router's pattern (src/app/router.tsx,
 * and the browser tests' list of screens); `href()` builds a link to it, with ids
 * URL-encoded. Links and navigation use `href()`, never a string of their own.
 */

/** A route without ids. */
function fixed<P extends string>(path: P) {
  return { path, href: () => path };
}

/** A route with one id: `href(id)` puts the URL-encoded id in place of the `:param`. */
function withId<P extends string>(path: P) {
  return { path, href: (id: string) => path.replace(/:\w+/, () => encodeURIComponent(id)) };
}

/** A page with sections: `href(section)` lands on the section's heading. */
function withSections<P extends string>(path: P) {
  return { path, href: (section?: string) => (section ? `${path}#${section}` : path) };
}

export const paths = {
  overview: fixed('/'),
  team: withId('/teams/:teamId'),
  teamWorksheet: withId('/teams/:teamId/worksheet'),
  newHire: withId('/teams/:teamId/hires/new'),
  teamCalendar: withId('/teams/:teamId/calendar'),
  hire: withId('/hires/:hireId'),
  hireStatus: withId('/hires/:hireId/status'),
  editHire: withId('/hires/:hireId/edit'),
  hirePrint: withId('/hires/:hireId/print'),
  hirePlan: withId('/hires/:hireId/plan'),
  hireAccessLog: withId('/hires/:hireId/access-log'),
  /**
   * The peer's status from a link; the snapshot rides in the fragment (already URL-safe), the
   * language the link was made in in the query.
   */
  sharedStatus: {
    path: '/shared',
    href: (fragment: string, language?: 'da' | 'en') =>
      `/shared${language ? `?lang=${language}` : ''}#${fragment}`,
  },
  /**
   * The peer's live status: the server, team, hire, read-only token and language ride in the
   * fragment (src/domain/liveLink.ts), which the browser never sends to any server.
   */
  liveStatus: { path: '/live', href: (fragment: string) => `/live#${fragment}` },
  /** Joining a shared team from an invitation; the server and token ride in the fragment. */
  join: { path: '/join', href: (fragment: string) => `/join#${fragment}` },
  calendar: fixed('/calendar'),
  guide: withSections('/guide'),
  settings: fixed('/settings'),
  backup: fixed('/settings/backup'),
  about: withSections('/about'),
  accessibility: fixed('/accessibility'),
} as const;
