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

  it('opens the overview with teams without moving what is already on screen', async () => {
    const { page } = browser;
    await createTeam(page, 'Bostøtten Nord');
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    await createTeam(page, 'Bostøtten Syd');
    // Every layout shift from the start of the next load, as the browser scores them (CLS),
    // with the names of the headed sections whose elements moved.
    await page.addInitScript(() => {
      const shifts: { value: number; moved: string[] }[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const shift = entry as unknown as { value: number; sources: { node?: Node }[] };
          const moved = shift.sources.map(({ node }) =>
            node instanceof Element ? (node.closest('[aria-labelledby]')?.textContent ?? '') : '',
          );
          shifts.push({ value: shift.value, moved });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await page.getByRole('link', { name: 'MK' }).waitFor();
    await page.getByRole('heading', { name: 'Nyt team' }).waitFor();
    const shifts = await page.evaluate(
      () =>
        (window as unknown as { layoutShifts: { value: number; moved: string[] }[] }).layoutShifts,
    );
    // The new-team form waits for the cards above it instead of being pushed down by them.
    expect(
      shifts.flatMap(({ moved }) => moved).filter((text) => text.startsWith('Nyt team')),
    ).toEqual([]);
    // 0.1 is the upper bound of a "good" CLS.
    expect(shifts.reduce((sum, { value }) => sum + value, 0)).toBeLessThan(0.1);
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
