import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPages } from './pages';
import { expectNoAxeViolations, useBrowser } from './support/browser';
import { createTeam } from './support/journeys';

async function openWorksheet(page: Page, team: string) {
  await createTeam(page, team);
  await appPages(page).team.openWorksheet(team);
}

describe('the guide inside the app, in a real browser', () => {
  const browser = useBrowser();

  it('keeps team-day answers across a reload and prints them without buttons or menus', async () => {
    const { page } = browser;
    const { shell, worksheet } = appPages(page);
    await openWorksheet(page, 'Bostøtten Nord');
    const recovery = worksheet.answer(/fælles forståelse af recovery/);
    const management = worksheet.answer(/ledelsen bakker op om/);
    await recovery.fill('Egne mål og håb kommer først');
    await management.fill('Tid til netværksmøder\nEn tydelig besked om hvorfor');
    await expect.poll(() => shell.saved().count()).toBe(2);

    await page.reload();
    await expect.poll(() => recovery.inputValue()).toBe('Egne mål og håb kommer først');
    expect(await management.inputValue()).toBe(
      'Tid til netværksmøder\nEn tydelig besked om hvorfor',
    );
    // The textarea holds the answer on screen; a plain paragraph holds it on paper.
    const printedAnswer = page.locator('p', { hasText: 'Egne mål og håb kommer først' });
    expect(await printedAnswer.isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    expect(await printedAnswer.isVisible()).toBe(true);
    expect(await page.locator('p', { hasText: 'Tid til netværksmøder' }).innerText()).toBe(
      'Tid til netværksmøder\nEn tydelig besked om hvorfor',
    );
    expect(await worksheet.notAnswered().count()).toBe(3);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Teamdag: Bostøtten Nord',
    );
    expect(await worksheet.credit().isVisible()).toBe(true);
    // getByRole skips what is not rendered: nothing to click, type in or navigate on paper.
    expect(await page.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('link').count()).toBe(0);
  });

  it('opens the guide at the section a checklist item links to, in view and focused', async () => {
    const { page } = browser;
    const { team, guide } = appPages(page);
    await createTeam(page, 'Team A');
    await team.readMoreInGuide(/teamdag om peer-støtte/);
    await page.waitForURL(/\/guide#team-worries$/);
    await expect.poll(() => guide.sectionInFocus('Typiske bekymringer i teamet')).toBe(true);

    // A fresh load of an anchor (e.g. a link opened in a new tab) lands there too.
    await browser.open('/');
    await browser.open('/guide#illness');
    await expect
      .poll(() =>
        guide.sectionInFocus('Skal jeg være bekymret for, at min peer-kollega bliver syg?'),
      )
      .toBe(true);
  });

  it('has no serious or critical axe violations on a filled worksheet, the referral form and a search without hits', async () => {
    const { page } = browser;
    const { shell, team, worksheet, guide } = appPages(page);
    await openWorksheet(page, 'Team A');
    await worksheet.answer(/fælles forståelse af recovery/).fill('Håb');
    await expectNoAxeViolations(page);

    await worksheet.backToTeam();
    await team.startReferral();
    await team.saveReferral();
    await team.referralNeedsContact().waitFor();
    await expectNoAxeViolations(page);
    await team.chooseContactPersonArranges();
    await team.saveReferral();
    await team.editReferralButton().waitFor();
    await expectNoAxeViolations(page);

    await shell.goTo('Guiden');
    await shell.heading('Guiden').waitFor();
    await guide.search('ingenting-her');
    await guide.noHits().waitFor();
    await expectNoAxeViolations(page);
  });
});
