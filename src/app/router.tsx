import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/** Every screen is its own chunk, loaded when first visited. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
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
        path: 'teams/:teamId/hires/new',
        lazy: () =>
          import('../features/hire/HireFormPage').then((m) => ({ Component: m.NewHirePage })),
      },
      {
        path: 'hires/:hireId',
        lazy: () => import('../features/hire/HirePage').then((m) => ({ Component: m.HirePage })),
      },
      {
        path: 'hires/:hireId/edit',
        lazy: () =>
          import('../features/hire/HireFormPage').then((m) => ({ Component: m.EditHirePage })),
      },
      {
        path: 'settings',
        lazy: () =>
          import('../features/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })),
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
