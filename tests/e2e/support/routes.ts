import type { Page } from 'playwright-core';
import { addHire, createTeam } from './journeys';

/**
 * Every screen of the app, in one place: the accessibility tests (axe in both languages,
 * print contrast, 320 px and 200 % zoom) open each of them. A new screen adds its route here;
 * placeholders (:teamId, :hireId) are filled from the data seedRoutes creates.
 */
export const ROUTES: readonly { name: string; path: string }[] = [
  { name: 'overview', path: '/' },
  { name: 'team', path: '/teams/:teamId' },
  { name: 'new hire', path: '/teams/:teamId/hires/new' },
  { name: 'hire', path: '/hires/:hireId' },
  { name: 'edit hire', path: '/hires/:hireId/edit' },
  { name: 'follow-up plan', path: '/hires/:hireId/plan' },
  { name: 'hire printout', path: '/hires/:hireId/print' },
  { name: 'peer status', path: '/hires/:hireId/status' },
  { name: 'shared status without a snapshot', path: '/shared' },
  { name: 'team calendar', path: '/teams/:teamId/calendar' },
  { name: 'calendar of all teams', path: '/calendar' },
  { name: 'team-day worksheet', path: '/teams/:teamId/worksheet' },
  { name: 'guide', path: '/guide' },
  { name: 'settings', path: '/settings' },
  { name: 'backup', path: '/settings/backup' },
  { name: 'about', path: '/about' },
  { name: 'accessibility statement', path: '/accessibility' },
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
