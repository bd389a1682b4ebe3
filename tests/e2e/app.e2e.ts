import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { addHire, createTeam, waitForStoredProgress } from './support/journeys';

describe('teams, hires and checklists in a real browser', () => {
  const browser = useBrowser();

  it('keeps ticks in both checklists across a reload', async () => {
    const { page } = browser;
    await createTeam(page, 'Bostøtten Nord');
    const teamUrl = page.url();
    const teamList = page.getByRole('list', { name: 'Forberedelse af teamet' });
    await teamList.getByRole('checkbox').nth(0).click();
    await teamList.getByRole('checkbox').nth(5).click();
    await waitForStoredProgress(page, /2 af 9/);

    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    const hireUrl = page.url();
    const onboarding = page.getByRole('list', { name: 'Onboarding' });
    await onboarding.getByRole('checkbox').nth(0).click();
    await onboarding.getByRole('checkbox').nth(1).click();
    await waitForStoredProgress(page, /Onboarding: 2 af 4/);

    await page.reload();
    await expect.poll(() => onboarding.getByRole('checkbox').nth(0).isChecked()).toBe(true);
    expect(await onboarding.getByRole('checkbox').nth(1).isChecked()).toBe(true);
    expect(await onboarding.getByRole('checkbox').nth(2).isChecked()).toBe(false);

    await page.goto(teamUrl);
    await expect.poll(() => teamList.getByRole('checkbox').nth(0).isChecked()).toBe(true);
    expect(await teamList.getByRole('checkbox').nth(5).isChecked()).toBe(true);
    expect(hireUrl).toMatch(/\/hires\//);
  });

  it('switches to English and stays in English after a reload', async () => {
    const { page } = browser;
    await createTeam(page, 'Team A');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Team preparation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Team preparation' }).waitFor();
    expect(await page.getByRole('link', { name: 'Overview' }).isVisible()).toBe(true);
  });
});
