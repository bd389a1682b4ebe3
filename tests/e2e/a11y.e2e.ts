import { describe, expect, it } from 'vitest';
import { axeViolations, focusIsVisible, scrollsSideways, settle, tabTo } from './support/a11y';
import { appPages } from './pages';
import { useBrowser } from './support/browser';
import { ROUTES, routePath, seedRoutes } from './support/routes';
import { LONG_TEST_TIMEOUT } from './support/timeouts';

const SLOW = { timeout: LONG_TEST_TIMEOUT };

describe('accessibility of every screen', () => {
  const browser = useBrowser();

  it.each(['da', 'en'])(
    'has no axe violations of any impact, on screen and in print, in %s',
    SLOW,
    async (language) => {
      const { page } = browser;
      const ids = await seedRoutes(page);
      if (language === 'en') await appPages(page).shell.switchToEnglish();
      const problems: string[] = [];
      for (const route of ROUTES) {
        await browser.open(routePath(route.path, ids));
        await settle(page);
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        for (const media of ['screen', 'print'] as const) {
          await page.emulateMedia({ media });
          const found = await axeViolations(page);
          problems.push(...found.map((problem) => `${route.name} (${media}): ${problem}`));
        }
        await page.emulateMedia({ media: 'screen' });
        const positiveTabindex = await page
          .locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])')
          .count();
        if (positiveTabindex > 0)
          problems.push(`${route.name}: positive tabindex breaks the order`);
        // Det Fælles Designsystem: at most one primary button on a screen.
        const primaries = await page.locator('.button-primary').filter({ visible: true }).count();
        if (primaries > 1) problems.push(`${route.name}: ${primaries} primary buttons`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('has no axe violations on a first visit, with nothing stored yet', async () => {
    const { page } = browser;
    await browser.open('/');
    await settle(page);
    await appPages(page).overview.emptyState.waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    { width: 320, what: 'a 320 px wide phone' },
    { width: 640, what: '200 % zoom of a 1280 px window' },
  ])('fits $what without horizontal scrolling', SLOW, async ({ width }) => {
    const { page } = browser;
    const ids = await seedRoutes(page);
    await page.setViewportSize({ width, height: 800 });
    const wide: string[] = [];
    for (const route of ROUTES) {
      await browser.open(routePath(route.path, ids));
      await settle(page);
      if (await scrollsSideways(page)) wide.push(route.name);
    }
    expect(wide).toEqual([]);
  });

  it('honours prefers-reduced-motion', async () => {
    const { page } = browser;
    const skipLink = page.locator('.skipnav');
    const duration = () =>
      skipLink.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    await browser.open('/');
    expect(await duration()).toBeGreaterThan(0.1);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toBeLessThan(0.001);
  });
});

describe('keyboard only', () => {
  const browser = useBrowser();

  it('creates a team, adds a hire and ticks an item without a mouse', async () => {
    const { page } = browser;
    const { shell, overview, team, hireForm, hire, plan } = appPages(page);
    await browser.open('/');
    await settle(page);

    await tabTo(page, overview.teamName);
    await page.keyboard.type('Bostøtten Syd');
    await page.keyboard.press('Enter');
    await shell.heading('Bostøtten Syd').waitFor();
    await settle(page);

    await tabTo(page, team.addHireLink);
    await page.keyboard.press('Enter');
    await tabTo(page, hireForm.name);
    await page.keyboard.type('Maria Kristensen');
    await tabTo(page, hireForm.startDate);
    await page.keyboard.type('15032027');
    await page.keyboard.press('Enter');
    await shell.heading('Maria Kristensen').waitFor();
    await settle(page);

    const firstItem = hire.onboarding.box(0);
    await tabTo(page, firstItem);
    await page.keyboard.press('Space');
    await expect.poll(() => firstItem.isChecked()).toBe(true);
    // The new progress is announced politely (a status region), focus stays on the item.
    await expect.poll(() => hire.progressAnnouncement('1 af 4 på plads').count()).toBe(1);
    expect(await firstItem.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await focusIsVisible(page)).toBe(true);

    await page.reload();
    await expect.poll(() => firstItem.isChecked()).toBe(true);

    await tabTo(page, hire.planLink);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/hires\/[^/]+\/plan$/);
    await plan.talkList().waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});
