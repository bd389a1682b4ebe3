import i18n from 'i18next';
import type { ComponentType } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { SHARED_STATUS_PATH } from '../domain/statusLink';
import { lazyComponent, type LazyComponent } from '../ui/lazyComponent';
import { Layout } from './Layout';

/**
 * A screen as its own chunk, loaded when first visited. Declarative routes instead of the
 * data router: its loaders and actions are unused here, and leaving them out takes 16 KB
 * (gzip) off the first screen.
 */
function screen<M>(load: () => Promise<M>, name: keyof M) {
  return lazyComponent(() => load().then((module) => module[name] as ComponentType<object>));
}

interface Screen {
  path: string;
  component: LazyComponent<object>;
}

const SCREENS: Screen[] = [
  {
    path: '/',
    // The start screen comes with its texts, so its first render does not suspend.
    component: screen(
      () =>
        Promise.all([
          import('../features/overview/OverviewPage'),
          i18n.loadNamespaces('overview'),
        ]).then(([module]) => module),
      'OverviewPage',
    ),
  },
  {
    path: '/teams/:teamId',
    component: screen(() => import('../features/team/TeamPage'), 'TeamPage'),
  },
  {
    path: '/teams/:teamId/worksheet',
    component: screen(() => import('../features/worksheet/WorksheetPage'), 'WorksheetPage'),
  },
  {
    path: '/teams/:teamId/hires/new',
    component: screen(() => import('../features/hire/HireFormPage'), 'NewHirePage'),
  },
  {
    path: '/teams/:teamId/calendar',
    component: screen(() => import('../features/calendar/CalendarPage'), 'TeamCalendarPage'),
  },
  {
    path: '/hires/:hireId',
    component: screen(() => import('../features/hire/HirePage'), 'HirePage'),
  },
  {
    path: '/hires/:hireId/status',
    component: screen(() => import('../features/status/StatusPage'), 'StatusPage'),
  },
  {
    path: '/hires/:hireId/edit',
    component: screen(() => import('../features/hire/HireFormPage'), 'EditHirePage'),
  },
  {
    path: '/hires/:hireId/print',
    component: screen(() => import('../features/calendar/HirePrintPage'), 'HirePrintPage'),
  },
  {
    path: '/hires/:hireId/plan',
    component: screen(() => import('../features/plan/PlanPage'), 'PlanPage'),
  },
  {
    path: SHARED_STATUS_PATH,
    component: screen(() => import('../features/status/SharedStatusPage'), 'SharedStatusPage'),
  },
  {
    path: '/calendar',
    component: screen(() => import('../features/calendar/CalendarPage'), 'AllTeamsCalendarPage'),
  },
  { path: '/guide', component: screen(() => import('../features/guide/GuidePage'), 'GuidePage') },
  {
    path: '/settings',
    component: screen(() => import('../features/settings/SettingsPage'), 'SettingsPage'),
  },
  {
    path: '/settings/backup',
    component: screen(() => import('../features/backup/BackupPage'), 'BackupPage'),
  },
  { path: '/about', component: screen(() => import('../features/about/AboutPage'), 'AboutPage') },
  {
    path: '/accessibility',
    component: screen(
      () => import('../features/accessibility/AccessibilityPage'),
      'AccessibilityPage',
    ),
  },
];

const NotFoundPage = screen(() => import('./NotFoundPage'), 'NotFoundPage');

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
