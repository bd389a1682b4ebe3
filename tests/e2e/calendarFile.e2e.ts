import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPages, TALKS } from './pages';
import { downloadIcs } from './pages/calendarFile';
import { useBrowser } from './support/browser';
import { addHire, createTeam } from './support/journeys';

/** Moves the plan's first talk to a date and time through the plan page's own form. */
function moveFirstTalk(page: Page, date: string, time: string) {
  return appPages(page).plan.talk(TALKS.after14Days).move(date, time);
}

describe('calendar files in a real browser', () => {
  const browser = useBrowser();

  it('gives a moved talk a higher SEQUENCE on the next export, the same minute too', async () => {
    const { page } = browser;
    await createTeam(page, 'Team, "Nord"; \\ test');
    await addHire(page, { name: 'Søs Ærø', startDate: '2027-03-15' });
    await page.goto(`${page.url()}/plan`);
    const before = await downloadIcs(page);
    expect(before.calendarName).toBe('Opfølgning – Søs Ærø');

    await moveFirstTalk(page, '2027-03-31', '10:30');
    const after = await downloadIcs(page);

    const [movedBefore, ...othersBefore] = before.events;
    const [movedAfter, ...othersAfter] = after.events;
    expect(movedAfter!.uid).toBe(movedBefore!.uid);
    expect(movedAfter!.sequence).toBeGreaterThan(movedBefore!.sequence);
    expect(movedAfter).toMatchObject({
      start: '2027-03-31T10:30:00',
      startZone: 'Europe/Copenhagen',
    });
    // The talks not touched keep their sequence: nothing changed for them.
    expect(othersAfter.map((event) => event.sequence)).toEqual(
      othersBefore.map((event) => event.sequence),
    );
    for (const line of after.text.split('\r\n')) {
      expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    }
  });

  it('escapes the team calendar name and tells of a time summer time skips', async () => {
    const { page } = browser;
    const team = 'Team, "Nord"; \\ test';
    await createTeam(page, team);
    const teamUrl = page.url();
    await addHire(page, { name: 'MK', startDate: '2027-03-01' });
    await page.goto(`${page.url()}/plan`);
    // 28 March 2027 is the night summer time starts: 02:30 does not exist.
    await moveFirstTalk(page, '2027-03-28', '02:30');

    await page.goto(`${teamUrl}/calendar`);
    const notice = appPages(page).calendar.skippedTimeNotice('02:30');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('står samtalen derfor kl. 03:30');
    const ics = await downloadIcs(page);
    expect(ics.text).toContain('X-WR-CALNAME:Opfølgning – Team\\, "Nord"\\; \\\\ test\r\n');
    expect(ics.calendarName).toBe(`Opfølgning – ${team}`);
    const skipped = ics.events.find((event) => event.start.startsWith('2027-03-28'));
    expect(skipped).toMatchObject({ start: '2027-03-28T03:30:00', startZone: 'Europe/Copenhagen' });
    expect(skipped!.description).toContain('Kl. 02:30 findes ikke denne dag');
  });
});
