import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPages } from './pages';
import { expectNoAxeViolations, useBrowser } from './support/browser';
import { addHire, createTeam } from './support/journeys';
import { ICS_BUTTON } from './pages/calendarFile';
import { pdfPages } from './support/pdf';

// MK starts Monday 15 March 2027 with 3 months' probation (last day 14 June 2027). The talk
// after 14 days falls on Easter Monday 29 March and moves to Tuesday 30 March.
const MK_TALKS = [
  { date: '2027-03-30', text: 'tirsdag 30. marts 2027' },
  { date: '2027-04-23', text: 'fredag 23. april 2027' },
  { date: '2027-05-24', text: 'mandag 24. maj 2027' },
];

/** Buttons, links styled as buttons, form fields and navigation that show on the page. */
function visibleControls(page: Page) {
  return page
    .locator('button:visible, a.button:visible, input:visible, nav:visible, header:visible')
    .count();
}

describe('printouts and calendar files in a real browser', () => {
  const browser = useBrowser();

  it('prints a hire plan on A4 with the three talks and no buttons or navigation', async () => {
    const { page } = browser;
    await createTeam(page, 'Bostøtten Nord');
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    await appPages(page).hire.openPrintout('MK');
    expect(await visibleControls(page)).toBeGreaterThan(0);

    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    for (const talk of MK_TALKS) expect(printed).toContain(talk.text);
    expect(printed).toContain('Bostøtten Nord');
    expect(printed).toContain('Sidste dag i prøvetiden');
    expect(printed).toContain('mandag 14. juni 2027 (uge 24)');
    expect(printed).toMatch(/Udskrevet .+ fra Godt begyndt/);
    expect(printed).toContain('Peer-Partnerskabet (2025), CC BY-NC 4.0');
    expect(await visibleControls(page)).toBe(0);

    // The real print: Chromium's PDF of the page, on A4.
    const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
    const pdfText = pages.flat().map(({ text }) => text);
    for (const talk of MK_TALKS) expect(pdfText).toContain(talk.text);
    for (const control of ['Udskriv', ICS_BUTTON.da, 'Overblik', 'Tilbage til MK']) {
      expect(pdfText).not.toContain(control);
    }
  });

  it('downloads the plan as an .ics file that holds its dates', async () => {
    const { page } = browser;
    await createTeam(page, 'Bostøtten Nord');
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    await page.goto(`${page.url()}/print`);
    const ics = await appPages(page).calendar.downloadIcs();

    expect(ics.fileName).toBe('opfoelgning-mk-2027-03-15.ics');
    expect(ics.events.map((event) => [event.startType, event.start])).toEqual(
      MK_TALKS.map((talk) => ['date', talk.date]),
    );
    expect(ics.events[0]!.summary).toBe('Samtale efter 14 dage – MK');
    expect(ics.events.every((event) => event.uid.endsWith('@godt-begyndt'))).toBe(true);
    expect(ics.events.every((event) => event.alarmTriggers[0] === '-PT24H')).toBe(true);
  });

  it('downloads a team calendar in English', async () => {
    const { page } = browser;
    const { shell, calendar } = appPages(page);
    await createTeam(page, 'Team Øst');
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    await shell.switchToEnglish();
    // English labels: only this test reads them, so they stay here.
    await page.getByRole('link', { name: 'Calendar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByText('Tuesday 30 March 2027').waitFor();
    const ics = await calendar.downloadIcs('en');

    expect(ics.fileName).toMatch(/^follow-up-all-teams-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(ics.events.map((event) => event.summary)).toEqual([
      'Talk after 14 days – MK',
      'Talk a week before mid-probation – MK',
      'Talk three weeks before probation ends – MK',
    ]);
    expect(ics.events[1]!.description).toContain('Participants: Peer worker and colleagues');
  });

  // The route sweep (a11y.e2e.ts) checks the calendars and the printout as they open; this
  // checks the one state it does not reach, with the earlier talks shown too.
  it('has no serious or critical axe violations with every talk shown', async () => {
    const { page } = browser;
    const { team, calendar } = appPages(page);
    await createTeam(page, 'Bostøtten Nord');
    const teamUrl = page.url();
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    await page.goto(teamUrl);
    await team.openCalendar('Bostøtten Nord');
    await calendar.talkSheets.first().waitFor();
    await calendar.showAllTalks();
    expect(await calendar.showAll.isChecked()).toBe(true);
    await expectNoAxeViolations(page);
  });
});
