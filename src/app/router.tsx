import type { FlatNamespace } from 'i18next';
import type { ComponentType } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { paths } from '../config/paths';
import { lazyWithTexts, type LazyComponent } from '../lib/lazyComponent';
import { OverviewPage } from '../features/overview/OverviewPage';
import { Layout } from './Layout';
import { SharedLayout } from './SharedLayout';

/**
 * A screen as its own chunk, loaded when first visited, together with the texts of all its
 * parts (`namespaces`). Declarative routes instead of the data router: its loaders and
 * actions are unused here, and leaving them out keeps the first screen smaller.
 */
function screen<M>(load: () => Promise<M>, name: keyof M, namespaces: readonly FlatNamespace[]) {
  return lazyWithTexts(
    () => load().then((module) => module[name] as ComponentType<object>),
    namespaces,
  );
}

interface Screen {
  path: string;
  component: LazyComponent<object>;
}

const SCREENS: Screen[] = [
  {
    path: paths.overview.path,
    // The start screen is part of the main chunk (vite.config.ts), only its texts load
    // apart. The team cards load `talks` with their own code, only when there are teams.
    component: lazyWithTexts(async () => OverviewPage, ['overview']),
  },
  {
    path: paths.team.path,
    component: screen(() => import('../features/team/TeamPage'), 'TeamPage', [
      'team',
      'checklists',
      'referral',
      'calendar',
      'sync',
      'privacy',
    ]),
  },
  {
    path: paths.teamWorksheet.path,
    component: screen(() => import('../features/worksheet/WorksheetPage'), 'WorksheetPage', [
      'worksheet',
    ]),
  },
  {
    path: paths.newHire.path,
    component: screen(() => import('../features/hire/HireFormPage'), 'NewHirePage', ['hire']),
  },
  {
    path: paths.teamCalendar.path,
    component: screen(() => import('../features/calendar/CalendarPage'), 'TeamCalendarPage', [
      'calendar',
      'talks',
    ]),
  },
  {
    path: paths.hire.path,
    component: screen(() => import('../features/hire/HirePage'), 'HirePage', [
      'hire',
      'checklists',
      'talks',
      'calendar',
      'privacy',
      'sync',
    ]),
  },
  {
    path: paths.hireStatus.path,
    component: screen(() => import('../features/status/StatusPage'), 'StatusPage', [
      'status',
      'checklists',
      'talks',
      'sync',
    ]),
  },
  {
    path: paths.editHire.path,
    component: screen(() => import('../features/hire/HireFormPage'), 'EditHirePage', ['hire']),
  },
  {
    path: paths.hirePrint.path,
    component: screen(() => import('../features/calendar/HirePrintPage'), 'HirePrintPage', [
      'calendar',
      'talks',
    ]),
  },
  {
    path: paths.hireAccessLog.path,
    component: screen(() => import('../features/privacy/AccessLogPage'), 'AccessLogPage', [
      'privacy',
      'sync',
      'calendar',
    ]),
  },
  {
    path: paths.hirePlan.path,
    component: screen(() => import('../features/plan/PlanPage'), 'PlanPage', [
      'plan',
      'talks',
      'calendar',
    ]),
  },
  {
    path: paths.join.path,
    component: screen(() => import('../features/join/JoinPage'), 'JoinPage', ['sync']),
  },
  {
    path: paths.calendar.path,
    component: screen(() => import('../features/calendar/CalendarPage'), 'AllTeamsCalendarPage', [
      'calendar',
      'talks',
    ]),
  },
  {
    path: paths.guide.path,
    component: screen(() => import('../features/guide/GuidePage'), 'GuidePage', ['guide']),
  },
  {
    path: paths.settings.path,
    component: screen(() => import('../features/settings/SettingsPage'), 'SettingsPage', [
      'settings',
      'backup',
    ]),
  },
  {
    path: paths.backup.path,
    component: screen(() => import('../features/backup/BackupPage'), 'BackupPage', [
      'backup',
      'sync',
    ]),
  },
  {
    path: paths.about.path,
    component: screen(() => import('../features/about/AboutPage'), 'AboutPage', ['about']),
  },
  {
    path: paths.accessibility.path,
    component: screen(
      () => import('../features/accessibility/AccessibilityPage'),
      'AccessibilityPage',
      ['accessibility'],
    ),
  },
];

/** The peer's status from a snapshot link: in its own frame, which leads nowhere into the manager's app. */
const SHARED_STATUS: Screen = {
  path: paths.sharedStatus.path,
  component: screen(() => import('../features/status/SharedStatusPage'), 'SharedStatusPage', [
    'status',
    'checklists',
    'talks',
  ]),
};

/** The peer's live status, in the same frame. */
const LIVE_STATUS: Screen = {
  path: paths.liveStatus.path,
  component: screen(() => import('../features/status/LiveStatusPage'), 'LiveStatusPage', [
    'status',
    'checklists',
    'talks',
  ]),
};
const PEER_SCREENS = [SHARED_STATUS, LIVE_STATUS];

const NotFoundPage = screen(() => import('./NotFoundPage'), 'NotFoundPage', []);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {SCREENS.map(({ path, component: Screen }) => (
          <Route key={path} path={path} element={<Screen />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route element={<SharedLayout />}>
        {PEER_SCREENS.map(({ path, component: Screen }) => (
          <Route key={path} path={path} element={<Screen />} />
        ))}
      </Route>
    </Routes>
  );
}

/** Loads the code of the screen at `pathname` (the "not found" screen's when none matches). */
export function preloadScreen(pathname: string): Promise<void> {
  const found = [...SCREENS, ...PEER_SCREENS].find(({ path }) => matchPath(path, pathname));
  return (found?.component ?? NotFoundPage).preload();
}
