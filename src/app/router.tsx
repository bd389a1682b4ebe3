import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { SHARED_STATUS_PATH } from '../domain/statusLink';
import { Layout } from './Layout';

/**
 * A screen as its own chunk, loaded when first visited. Declarative routes with React.lazy
 * instead of the data router: its loaders and actions are unused here, and leaving them out
 * takes 16 KB (gzip) off the first screen.
 */
function screen<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType })));
}

const OverviewPage = screen(() => import('../features/overview/OverviewPage'), 'OverviewPage');
const TeamPage = screen(() => import('../features/team/TeamPage'), 'TeamPage');
const WorksheetPage = screen(() => import('../features/worksheet/WorksheetPage'), 'WorksheetPage');
const NewHirePage = screen(() => import('../features/hire/HireFormPage'), 'NewHirePage');
const EditHirePage = screen(() => import('../features/hire/HireFormPage'), 'EditHirePage');
const HirePage = screen(() => import('../features/hire/HirePage'), 'HirePage');
const StatusPage = screen(() => import('../features/status/StatusPage'), 'StatusPage');
const SharedStatusPage = screen(
  () => import('../features/status/SharedStatusPage'),
  'SharedStatusPage',
);
const HirePrintPage = screen(() => import('../features/calendar/HirePrintPage'), 'HirePrintPage');
const TeamCalendarPage = screen(
  () => import('../features/calendar/CalendarPage'),
  'TeamCalendarPage',
);
const AllTeamsCalendarPage = screen(
  () => import('../features/calendar/CalendarPage'),
  'AllTeamsCalendarPage',
);
const GuidePage = screen(() => import('../features/guide/GuidePage'), 'GuidePage');
const PlanPage = screen(() => import('../features/plan/PlanPage'), 'PlanPage');
const SettingsPage = screen(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const BackupPage = screen(() => import('../features/backup/BackupPage'), 'BackupPage');
const AboutPage = screen(() => import('../features/about/AboutPage'), 'AboutPage');
const AccessibilityPage = screen(
  () => import('../features/accessibility/AccessibilityPage'),
  'AccessibilityPage',
);
const NotFoundPage = screen(() => import('./NotFoundPage'), 'NotFoundPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        <Route path="teams/:teamId" element={<TeamPage />} />
        <Route path="teams/:teamId/worksheet" element={<WorksheetPage />} />
        <Route path="teams/:teamId/hires/new" element={<NewHirePage />} />
        <Route path="teams/:teamId/calendar" element={<TeamCalendarPage />} />
        <Route path="hires/:hireId" element={<HirePage />} />
        <Route path="hires/:hireId/status" element={<StatusPage />} />
        <Route path="hires/:hireId/edit" element={<EditHirePage />} />
        <Route path="hires/:hireId/print" element={<HirePrintPage />} />
        <Route path="hires/:hireId/plan" element={<PlanPage />} />
        <Route path={SHARED_STATUS_PATH} element={<SharedStatusPage />} />
        <Route path="calendar" element={<AllTeamsCalendarPage />} />
        <Route path="guide" element={<GuidePage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="settings/backup" element={<BackupPage />} />
        <Route path="about" element={<AboutPage />} />
        <Route path="accessibility" element={<AccessibilityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
