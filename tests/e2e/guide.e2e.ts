import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useBrowser } from './support/browser';
import { createTeam } from './support/journeys';

async function openWorksheet(page: Page, team: string) {
  await createTeam(page, team);
  await page.getByRole('link', { name: 'Åbn arbejdsarket til temadagen' }).click();
  await page.getByRole('heading', { level: 1, name: `Temadag: ${team}` }).waitFor();
}

/** True when the element has focus and its top is inside the viewport. */
function focusedInView(page: Page, name: string) {
  return page
    .getByRole('heading', { name })
    .evaluate(
      (el) =>
        el === document.activeElement &&
        el.getBoundingClientRect().top >= 0 &&
        el.getBoundingClientRect().top < window.innerHeight,
    );
}

describe('the guide inside the app, in a real browser', () => {
  const browser = useBrowser();

  it('keeps team-day answers across a reload and prints them without buttons or menus', async () => {
    const { page } = browser;
    await openWorksheet(page, 'Bostøtten Nord');
    const recovery = page.getByLabel(/fælles forståelse af recovery/);
    const management = page.getByLabel(/ledelsen bakker op om/);
    await recovery.fill('Egne mål og håb kommer først');
    await management.fill('Tid til netværksmøder\nEn tydelig besked om hvorfor');
    await expect.poll(() => page.getByText('Gemt', { exact: true }).count()).toBe(2);

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
    expect(await page.getByText('Ikke besvaret endnu.').count()).toBe(3);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Temadag: Bostøtten Nord',
    );
    expect(
      await page
        .getByText(/^Spørgsmålene bygger på guiden.*Peer-Partnerskabet \(2025\), CC BY-NC 4\.0/)
        .isVisible(),
    ).toBe(true);
    // getByRole skips what is not rendered: nothing to click, type in or navigate on paper.
    expect(await page.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('link').count()).toBe(0);
  });

  it('opens the guide at the section a checklist item links to, in view and focused', async () => {
    const { page } = browser;
    await createTeam(page, 'Team A');
    const row = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox', { name: /temadag om peer-støtte/ }) });
    await row.getByText('Hvorfor og hvordan').click();
    await row.getByRole('link', { name: /^Læs mere i guiden/ }).click();
    await page.waitForURL(/\/guide#team-worries$/);
    await expect.poll(() => focusedInView(page, 'Typiske bekymringer i teamet')).toBe(true);

    // A fresh load of an anchor (e.g. a link opened in a new tab) lands there too.
    await browser.open('/');
    await browser.open('/guide#illness');
    await expect
      .poll(() =>
        focusedInView(page, 'Skal jeg være bekymret for, at min peer-kollega bliver syg?'),
      )
      .toBe(true);
  });

  it('has no serious or critical axe violations on a filled worksheet, the referral form and a search without hits', async () => {
    const { page } = browser;
    await openWorksheet(page, 'Team A');
    await page.getByLabel(/fælles forståelse af recovery/).fill('Håb');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /^Tilbage til/ }).click();
    await page.getByRole('button', { name: 'Skriv aftalen ned' }).click();
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Vælg, hvordan brugerne kommer i kontakt').first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'Kontaktpersonen sørger for kontakten' }).check();
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('button', { name: 'Ret aftalen' }).waitFor();
    await expectNoAxeViolations(page);

    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Guiden' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Guiden' }).waitFor();
    await page.getByRole('searchbox', { name: 'Søg i guiden' }).fill('ingenting-her');
    await page.getByText(/Ingen afsnit passer/).waitFor();
    await expectNoAxeViolations(page);
  });
});
