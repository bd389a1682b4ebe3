import type { Page } from 'playwright-core';
import { expect } from 'vitest';

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
  await page.getByLabel('Teamets navn').fill(name);
  await page.getByRole('button', { name: 'Opret team' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Adds a hire from the team page and lands on the hire's page. */
export async function addHire(
  page: Page,
  hire: { name: string; startDate: string; months?: number },
) {
  await page.getByRole('link', { name: 'Tilføj peer-medarbejder' }).click();
  await page.getByLabel('Navn eller initialer').fill(hire.name);
  await page.getByLabel('Første arbejdsdag').fill(hire.startDate);
  await page.getByLabel('Prøvetid i måneder').fill(String(hire.months ?? 3));
  await page.getByRole('button', { name: 'Tilføj peer-medarbejder' }).click();
  await page.getByRole('heading', { level: 1, name: hire.name }).waitFor();
}
