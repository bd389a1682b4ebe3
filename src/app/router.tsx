import { createBrowserRouter, type RouteObject } from 'react-router';
import { SHARED_STATUS_PATH } from '../domain/statusLink';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { Loading } from '../ui/Loading';

/** Every screen is its own chunk, loaded when first visited. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while the first screen's lazily loaded chunk arrives.
    hydrateFallbackElement: <Loading />,
    children: [
      {
        index: true,
        lazy: () =>
          import('../features/overview/OverviewPage').then((m) => ({ Component: m.OverviewPage })),
      },
      {
        path: 'teams/:teamId',
        lazy: () => import('../features/team/TeamPage').then((m) => ({ Component: m.TeamPage })),
      },
      {
        path: 'teams/:teamId/worksheet',
        lazy: () =>
          import('../features/worksheet/WorksheetPage').then((m) => ({
            Component: m.WorksheetPage,
          })),
      },
      {
        path: 'teams/:teamId/hires/new',
        lazy: () =>
          import('../features/hire/HireFormPage').then((m) => ({ Component: m.NewHirePage })),
      },
      {
        path: 'hires/:hireId',
        lazy: () => import('../features/hire/HirePage').then((m) => ({ Component: m.HirePage })),
      },
      {
        path: 'hires/:hireId/status',
        lazy: () =>
          import('../features/status/StatusPage').then((m) => ({ Component: m.StatusPage })),
      },
      {
        path: SHARED_STATUS_PATH,
        lazy: () =>
          import('../features/status/SharedStatusPage').then((m) => ({
            Component: m.SharedStatusPage,
          })),
      },
      {
        path: 'hires/:hireId/edit',
        lazy: () =>
          import('../features/hire/HireFormPage').then((m) => ({ Component: m.EditHirePage })),
      },
      {
        path: 'hires/:hireId/print',
        lazy: () =>
          import('../features/calendar/HirePrintPage').then((m) => ({
            Component: m.HirePrintPage,
          })),
      },
      {
        path: 'teams/:teamId/calendar',
        lazy: () =>
          import('../features/calendar/CalendarPage').then((m) => ({
            Component: m.TeamCalendarPage,
          })),
      },
      {
        path: 'calendar',
        lazy: () =>
          import('../features/calendar/CalendarPage').then((m) => ({
            Component: m.AllTeamsCalendarPage,
          })),
      },
      {
        path: 'guide',
        lazy: () => import('../features/guide/GuidePage').then((m) => ({ Component: m.GuidePage })),
      },
      {
        path: 'hires/:hireId/plan',
        lazy: () => import('../features/plan/PlanPage').then((m) => ({ Component: m.PlanPage })),
      },
      {
        path: 'settings',
        lazy: () =>
          import('../features/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })),
      },
      {
        path: 'settings/backup',
        lazy: () =>
          import('../features/backup/BackupPage').then((m) => ({ Component: m.BackupPage })),
      },
      {
        path: 'about',
        lazy: () => import('../features/about/AboutPage').then((m) => ({ Component: m.AboutPage })),
      },
      {
        path: 'accessibility',
        lazy: () =>
          import('../features/accessibility/AccessibilityPage').then((m) => ({
            Component: m.AccessibilityPage,
          })),
      },
      {
        path: '*',
        lazy: () => import('./NotFoundPage').then((m) => ({ Component: m.NotFoundPage })),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
