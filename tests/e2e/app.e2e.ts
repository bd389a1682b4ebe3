import { describe, expect, it } from 'vitest';
import { appPages } from './pages';
import { useBrowser } from './support/browser';
import { addHire, createTeam, waitForStoredProgress } from './support/journeys';

describe('teams, hires and checklists in a real browser', () => {
  const browser = useBrowser();

  it('keeps ticks in both checklists across a reload', async () => {
    const { page } = browser;
    const { team, hire } = appPages(page);
    await createTeam(page, 'Bostøtten Nord');
    const teamUrl = page.url();
    await team.preparation.toggle(0);
    await team.preparation.toggle(5);
    await waitForStoredProgress(page, /2 af 9/);

    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    const hireUrl = page.url();
    await hire.onboarding.toggle(0);
    await hire.onboarding.toggle(1);
    await waitForStoredProgress(page, /Onboarding: 2 af 4/);

    await page.reload();
    await expect.poll(() => hire.onboarding.box(0).isChecked()).toBe(true);
    expect(await hire.onboarding.box(1).isChecked()).toBe(true);
    expect(await hire.onboarding.box(2).isChecked()).toBe(false);

    await page.goto(teamUrl);
    await expect.poll(() => team.preparation.box(0).isChecked()).toBe(true);
    expect(await team.preparation.box(5).isChecked()).toBe(true);
    expect(hireUrl).toMatch(/\/hires\//);
  });

  it('switches to English and stays in English after a reload', async () => {
    const { page } = browser;
    const { shell } = appPages(page);
    await createTeam(page, 'Team A');
    await shell.switchToEnglish();
    // English labels: only this test reads them, so they stay here.
    await page.getByRole('heading', { name: 'Team preparation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Team preparation' }).waitFor();
    expect(await page.getByRole('link', { name: 'Overview' }).isVisible()).toBe(true);
  });
});
