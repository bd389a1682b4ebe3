import type { Page } from 'playwright-core';
import { paths } from '../../../src/config/paths';
import { addHire, createTeam } from './journeys';

/**
 * Every screen of the app, in one place: the accessibility tests (axe in both languages,
 * print contrast, 320 px and 200 % zoom) open each of them. A new screen adds its route here;
 * placeholders (:teamId, :hireId) are filled from the data seedRoutes creates.
 */
export const ROUTES: readonly { name: string; path: string }[] = [
  { name: 'overview', path: paths.overview.path },
  { name: 'team', path: paths.team.path },
  { name: 'new hire', path: paths.newHire.path },
  { name: 'hire', path: paths.hire.path },
  { name: 'edit hire', path: paths.editHire.path },
  { name: 'follow-up plan', path: paths.hirePlan.path },
  { name: 'hire printout', path: paths.hirePrint.path },
  { name: 'peer status', path: paths.hireStatus.path },
  { name: 'access log, on a device that does not share the team', path: paths.hireAccessLog.path },
  { name: 'shared status without a snapshot', path: paths.sharedStatus.path },
  { name: 'live status from an incomplete link', path: paths.liveStatus.path },
  { name: 'joining a team, from a link without its invitation', path: paths.join.path },
  { name: 'team calendar', path: paths.teamCalendar.path },
  { name: 'calendar of all teams', path: paths.calendar.path },
  { name: 'team-day worksheet', path: paths.teamWorksheet.path },
  { name: 'guide', path: paths.guide.path },
  { name: 'settings', path: paths.settings.path },
  { name: 'backup', path: paths.backup.path },
  { name: 'about', path: paths.about.path },
  { name: 'accessibility statement', path: paths.accessibility.path },
  { name: 'not found', path: '/no-such-page' },
];

export type RouteIds = Record<string, string>;

/**
 * Creates, through the UI in Danish, what the routes show: a team with a hire, one item
 * ticked in each checklist. Resolves to the ids the placeholders need.
 */
export async function seedRoutes(page: Page): Promise<RouteIds> {
  await createTeam(page, 'Bostøtten Nord');
  const teamId = page.url().split('/teams/')[1]!;
  await tickFirst(page, 'Forberedelse af teamet');
  await addHire(page, { name: 'Maria Kristensen', startDate: '2027-03-15' });
  const hireId = page.url().split('/hires/')[1]!;
  await tickFirst(page, 'Onboarding');
  return { teamId, hireId };
}

/** Ticks a checklist's first item; the box shows ticked once the database has it. */
async function tickFirst(page: Page, list: string) {
  const box = page.getByRole('list', { name: list }).getByRole('checkbox').first();
  await box.click();
  await page.waitForFunction(
    (element) => (element as HTMLInputElement).checked,
    await box.elementHandle(),
  );
}

/** The route's path with its placeholders filled; fails on a placeholder it has no id for. */
export function routePath(path: string, ids: RouteIds): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const id = ids[name];
    if (id === undefined) throw new Error(`No id for :${name} in ${path}: extend seedRoutes`);
    return id;
  });
}
