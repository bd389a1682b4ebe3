import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useBrowser } from './support/browser';
import { addHire, createTeam } from './support/journeys';

const FIRST = 'Samtale efter 14 dage';

describe('the follow-up plan in a real browser', () => {
  const browser = useBrowser();

  it('explains the first talk, keeps a move across reloads, and passes axe with the move form open', async () => {
    const { page } = browser;
    await createTeam(page, 'Bostøtten Nord');
    await addHire(page, { name: 'MK', startDate: '2027-03-15', months: 3 });
    await page.getByRole('link', { name: 'Opfølgningsplan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opfølgningsplan for MK' }).waitFor();

    const first = page.getByRole('listitem', { name: FIRST });
    const expectFirstOnComputedDate = async () => {
      await expect.poll(() => first.textContent()).toContain('30. marts 2027');
      expect(await first.textContent()).toContain(
        'Flyttet fra mandag 29. marts 2027 (2. påskedag)',
      );
    };
    await expectFirstOnComputedDate();

    await page.reload();
    await expectFirstOnComputedDate();

    await first.getByRole('button', { name: /Flyt eller sæt tidspunkt/ }).click();
    await first.getByLabel('Dato').fill('2027-04-01');
    await first.getByLabel('Tidspunkt (valgfrit)').fill('10:00');
    // The form is open with its fields: check it too.
    await expectNoAxeViolations(page);
    await first.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => first.textContent()).toContain('1. april 2027 · uge 13 · kl. 10:00');

    await page.reload();
    await expect.poll(() => first.textContent()).toContain('1. april 2027 · uge 13 · kl. 10:00');
    expect(await first.textContent()).toContain(
      'Flyttet af dig – beregnet dato: tirsdag 30. marts 2027',
    );
  });

  it('marks a talk held with private notes, and keeps the days-off setting across a reload', async () => {
    const { page } = browser;
    await createTeam(page, 'Team A');
    await addHire(page, { name: 'MK', startDate: '2027-12-10', months: 3 });
    await page.getByRole('link', { name: 'Opfølgningsplan' }).click();
    const first = page.getByRole('listitem', { name: FIRST });
    // 24 December is a customary day off by default: the talk moves on to Monday the 27th.
    await expect.poll(() => first.textContent()).toContain('mandag 27. december 2027');
    await first.getByRole('radio', { name: 'Holdt' }).check();
    await first.getByRole('button', { name: /Noter/ }).click();
    await first.getByRole('textbox', { name: /Noter til/ }).fill('Godt i gang');
    await first.getByRole('textbox', { name: /Noter til/ }).blur();
    await first.getByText('Gemt').waitFor();
    await expectNoAxeViolations(page);

    await browser.open('/settings');
    const daysOff = page.getByRole('switch', { name: /5\. juni, 24\. og 31\. december/ });
    await expect.poll(() => daysOff.getAttribute('aria-checked')).toBe('true');
    await daysOff.click();
    await expect.poll(() => daysOff.getAttribute('aria-checked')).toBe('false');
    await expectNoAxeViolations(page);
    await page.reload();
    await expect.poll(() => daysOff.getAttribute('aria-checked')).toBe('false');

    // The held talk keeps its date; the plan now computes 24 December beside it.
    await page.goBack();
    await page.reload();
    await expect.poll(() => first.textContent()).toContain('mandag 27. december 2027');
    expect(await first.textContent()).toContain('planen beregner nu fredag 24. december 2027');
  });
});
