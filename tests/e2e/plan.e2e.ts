import { describe, expect, it } from 'vitest';
import { appPages, TALKS } from './pages';
import { expectNoAxeViolations, useBrowser } from './support/browser';
import { addHire, createTeam } from './support/journeys';

describe('the follow-up plan in a real browser', () => {
  const browser = useBrowser();

  it('explains the first talk, keeps a move across reloads, and passes axe with the move form open', async () => {
    const { page } = browser;
    const { hire, plan } = appPages(page);
    await createTeam(page, 'Bostøtten Nord');
    await addHire(page, { name: 'MK', startDate: '2027-03-15', months: 3 });
    await hire.openPlan('MK');

    const first = plan.talk(TALKS.after14Days);
    const expectFirstOnComputedDate = async () => {
      await expect.poll(() => first.text()).toContain('30. marts 2027');
      expect(await first.text()).toContain('Flyttet fra mandag 29. marts 2027 (2. påskedag)');
    };
    await expectFirstOnComputedDate();

    await page.reload();
    await expectFirstOnComputedDate();

    await first.startMove('2027-04-01', '10:00');
    // The form is open with its fields: check it too.
    await expectNoAxeViolations(page);
    await first.save();
    await expect.poll(() => first.text()).toContain('1. april 2027 · uge 13 · kl. 10:00');

    await page.reload();
    await expect.poll(() => first.text()).toContain('1. april 2027 · uge 13 · kl. 10:00');
    expect(await first.text()).toContain('Flyttet af dig – beregnet dato: tirsdag 30. marts 2027');
  });

  it('marks a talk held with private notes, and keeps the days-off setting across a reload', async () => {
    const { page } = browser;
    const { hire, plan, settings } = appPages(page);
    await createTeam(page, 'Team A');
    await addHire(page, { name: 'MK', startDate: '2027-12-10', months: 3 });
    await hire.openPlan('MK');
    const first = plan.talk(TALKS.after14Days);
    // 24 December is a customary day off by default: the talk moves on to Monday the 27th.
    await expect.poll(() => first.text()).toContain('mandag 27. december 2027');
    await first.markHeld();
    await first.writeNotes('Godt i gang');
    await expectNoAxeViolations(page);

    await browser.open('/settings');
    const daysOff = settings.customaryDaysOff;
    await expect.poll(() => daysOff.getAttribute('aria-checked')).toBe('true');
    await daysOff.click();
    await expect.poll(() => daysOff.getAttribute('aria-checked')).toBe('false');
    await expectNoAxeViolations(page);
    await page.reload();
    await expect.poll(() => daysOff.getAttribute('aria-checked')).toBe('false');

    // The held talk keeps its date; the plan now computes 24 December beside it.
    await page.goBack();
    await page.reload();
    await expect.poll(() => first.text()).toContain('mandag 27. december 2027');
    expect(await first.text()).toContain('planen beregner nu fredag 24. december 2027');
  });
});
