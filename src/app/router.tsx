import type { FlatNamespace } from 'i18next';
import type { ComponentType } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { SHARED_STATUS_PATH } from '../domain/statusLink';
import { lazyWithTexts, type LazyComponent } from '../lib/lazyComponent';
import { OverviewPage } from '../features/overview/OverviewPage';
import { Layout } from './Layout';

/**
 * A screen as its own chunk, loaded when first visited, together with the texts of all its
 * parts (`namespaces`). Declarative routes instead of the data router: its loaders and
 * actions are unused here, and leaving them out takes 16 KB (gzip) off the first screen.
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
    path: '/',
    // The start screen is part of the main chunk (vite.config.ts), only its texts load
    // apart. The team cards load `talks` with their own code, only when there are teams.
    component: lazyWithTexts(async () => OverviewPage, ['overview']),
  },
  {
    path: '/teams/:teamId',
    component: screen(() => import('../features/team/TeamPage'), 'TeamPage', [
      'team',
      'checklists',
      'referral',
      'calendar',
    ]),
  },
  {
    path: '/teams/:teamId/worksheet',
    component: screen(() => import('../features/worksheet/WorksheetPage'), 'WorksheetPage', [
      'worksheet',
    ]),
  },
  {
    path: '/teams/:teamId/hires/new',
    component: screen(() => import('../features/hire/HireFormPage'), 'NewHirePage', ['hire']),
  },
  {
    path: '/teams/:teamId/calendar',
    component: screen(() => import('../features/calendar/CalendarPage'), 'TeamCalendarPage', [
      'calendar',
      'talks',
    ]),
  },
  {
    path: '/hires/:hireId',
    component: screen(() => import('../features/hire/HirePage'), 'HirePage', [
      'hire',
      'checklists',
      'talks',
      'calendar',
    ]),
  },
  {
    path: '/hires/:hireId/status',
    component: screen(() => import('../features/status/StatusPage'), 'StatusPage', [
      'status',
      'checklists',
      'talks',
    ]),
  },
  {
    path: '/hires/:hireId/edit',
    component: screen(() => import('../features/hire/HireFormPage'), 'EditHirePage', ['hire']),
  },
  {
    path: '/hires/:hireId/print',
    component: screen(() => import('../features/calendar/HirePrintPage'), 'HirePrintPage', [
      'calendar',
      'talks',
    ]),
  },
  {
    path: '/hires/:hireId/plan',
    component: screen(() => import('../features/plan/PlanPage'), 'PlanPage', [
      'plan',
      'talks',
      'calendar',
    ]),
  },
  {
    path: SHARED_STATUS_PATH,
    component: screen(() => import('../features/status/SharedStatusPage'), 'SharedStatusPage', [
      'status',
      'checklists',
      'talks',
    ]),
  },
  {
    path: '/calendar',
    component: screen(() => import('../features/calendar/CalendarPage'), 'AllTeamsCalendarPage', [
      'calendar',
      'talks',
    ]),
  },
  {
    path: '/guide',
    component: screen(() => import('../features/guide/GuidePage'), 'GuidePage', ['guide']),
  },
  {
    path: '/settings',
    component: screen(() => import('../features/settings/SettingsPage'), 'SettingsPage', [
      'settings',
      'backup',
    ]),
  },
  {
    path: '/settings/backup',
    component: screen(() => import('../features/backup/BackupPage'), 'BackupPage', ['backup']),
  },
  {
    path: '/about',
    component: screen(() => import('../features/about/AboutPage'), 'AboutPage', ['about']),
  },
  {
    path: '/accessibility',
    component: screen(
      () => import('../features/accessibility/AccessibilityPage'),
      'AccessibilityPage',
      ['accessibility'],
    ),
  },
];

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
    </Routes>
  );
}

/** Loads the code of the screen at `pathname` (the "not found" screen's when none matches). */
export function preloadScreen(pathname: string): Promise<void> {
  const found = SCREENS.find(({ path }) => matchPath(path, pathname));
  return (found?.component ?? NotFoundPage).preload();
}
