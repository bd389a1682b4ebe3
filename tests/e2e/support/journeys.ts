import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { appPages, type NewHire } from '../pages';

/**
 * Waits until the page's first progress bar reads `pattern`. A tick shows at once, before its
 * write commits; the progress follows what is stored, so from then on a reload keeps the tick.
 */
export async function waitForStoredProgress(page: Page, pattern: RegExp) {
  await expect
    .poll(() => page.getByRole('progressbar').first().getAttribute('aria-label'))
    .toMatch(pattern);
}

/** Creates a team from the overview and lands on its page. */
export async function createTeam(page: Page, name: string) {
  await page.goto('/');
  await appPages(page).overview.createTeam(name);
}

/** Adds a hire from the team page and lands on the hire's page. */
export async function addHire(page: Page, hire: NewHire) {
  const { team, hireForm } = appPages(page);
  await team.openAddHire();
  await hireForm.add(hire);
}

/**
 * The manager's device: a team with a hire, shared on the sync server as "Lederens computer".
 * Ends on the team's page, synchronised; gives the two pages' addresses.
 */
export async function shareTeamWithHire(page: Page, server: string, team: string, hire: NewHire) {
  await createTeam(page, team);
  const teamUrl = page.url();
  await addHire(page, hire);
  const hireUrl = page.url();
  await page.goto(teamUrl);
  const { sync } = appPages(page);
  await sync.share(server, 'Lederens computer');
  await sync.waitForStatus('Synkroniseret');
  return { teamUrl, hireUrl };
}
