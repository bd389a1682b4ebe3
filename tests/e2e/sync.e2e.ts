import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPages, TALKS } from './pages';
import { useBrowser } from './support/browser';
import { shareTeamWithHire } from './support/journeys';
import { pdfPages } from './support/pdf';
import { storedRecords } from './support/stored';
import { startTestSyncServer, type TestSyncServer } from './support/syncServer';

const TEAM = 'Bostøtten Nord';

/** Waits until a checklist item's box on this page is ticked (or not), without a reload. */
async function waitForTick(page: Page, item: number, checked = true) {
  const box = appPages(page).team.preparation.box(item);
  await expect.poll(() => box.isChecked()).toBe(checked);
}

describe('a team shared between two devices through the sync server', () => {
  const browser = useBrowser();
  let server: TestSyncServer;
  let leadContext: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startTestSyncServer(browser.baseUrl);
  });
  afterAll(async () => {
    await leadContext?.close();
    await server?.stop();
  });

  it('shares, joins by link, keeps both in step online and after offline edits, and prints', async () => {
    // The manager's device: a team with a hire (and so talks), then shared.
    const manager = browser.page;
    const managerPages = appPages(manager);
    const { teamUrl, hireUrl } = await shareTeamWithHire(manager, server.url, TEAM, {
      name: 'Maria Kristensen',
      startDate: '2027-03-15',
    });
    const invitation = await managerPages.sync.invite('Medarbejder');
    // The token rides in the fragment only, never in the path or the query.
    expect(new URL(invitation).pathname).toBe('/join');
    expect(new URL(invitation).search).toBe('');
    expect(new URL(invitation).hash).toMatch(/invitation=/);

    // The team lead's device opens the link and gets the team.
    leadContext = await browser.newContext();
    const lead = await leadContext.newPage();
    lead.on('pageerror', (error) => {
      throw error;
    });
    const leadPages = appPages(lead);
    await lead.goto(invitation);
    await leadPages.join.join('Teamlederens computer', TEAM);
    await leadPages.sync.waitForStatus('Synkroniseret');
    expect(lead.url()).toBe(teamUrl);

    // The manager's device lists both devices.
    await manager.getByRole('button', { name: 'Opdater listen' }).click();
    await managerPages.sync.deviceRow('Teamlederens computer').waitFor();

    // A tick on one device shows on the other without a reload, both ways.
    await managerPages.team.preparation.tick(0);
    await waitForTick(lead, 0);
    await leadPages.team.preparation.tick(1);
    await waitForTick(manager, 1);

    // The team lead goes offline, ticks, and comes back: both agree.
    await leadContext.setOffline(true);
    await leadPages.sync.waitForStatus(/Offline – ændringer gemmes her/);
    await leadPages.team.preparation.tick(2);
    await leadContext.setOffline(false);
    await leadPages.sync.waitForStatus('Synkroniseret');
    await waitForTick(manager, 2);
    for (const page of [manager, lead]) {
      for (const item of [0, 1, 2]) await waitForTick(page, item);
    }

    // The manager's notes on a talk stay on manager devices: the team lead (staff) sees the
    // talk marked held, but neither the notes nor their field, and stores no notes at all.
    await manager.goto(hireUrl);
    await managerPages.hire.openPlan('Maria Kristensen');
    const managerTalk = managerPages.plan.talk(TALKS.after14Days);
    await managerTalk.markHeld();
    await managerTalk.writeNotes('Ønsker faste mødetider');
    // A later tick: once the team lead has it, whatever the notes' change sent has arrived.
    await manager.goto(teamUrl);
    await managerPages.team.preparation.tick(3);
    await managerPages.sync.waitForStatus('Synkroniseret');
    await waitForTick(lead, 3);
    await lead.goto(hireUrl);
    await leadPages.hire.openPlan('Maria Kristensen');
    const leadTalk = leadPages.plan.talk(TALKS.after14Days);
    expect(await leadTalk.item.getByRole('radio', { name: 'Holdt' }).isChecked()).toBe(true);
    await leadTalk.item.getByText('Noter til samtalen gemmes kun på lederens enheder.').waitFor();
    expect(await lead.getByText('Ønsker faste mødetider').count()).toBe(0);
    expect(JSON.stringify(await storedRecords(lead, 'talks'))).not.toContain('faste mødetider');
    await lead.goto(teamUrl);

    // The team lead prints the team calendar, with the talks the manager's device planned.
    await leadPages.team.openCalendar(TEAM);
    await lead.evaluate(() => document.fonts.ready);
    const printed = (await pdfPages(await lead.pdf({ preferCSSPageSize: true })))
      .flat()
      .map(({ text }) => text)
      .join(' ');
    expect(printed).toContain(`Kalender for ${TEAM}`);
    expect(printed).toContain('Maria Kristensen');
    // The first talk is held (above), so the calendar lists the ones still to come.
    expect(printed).toContain('Samtale en uge før midt i prøvetiden');

    // The manager revokes the team lead's device, which then says so and what to do.
    await managerPages.sync.revoke('Teamlederens computer');
    await managerPages.sync
      .deviceRow('Teamlederens computer')
      .getByText(/^Fjernet/)
      .waitFor();
    await lead.goto(teamUrl);
    await leadPages.sync.waitForStatus('Serveren afviste adgangen');
    await lead.getByText('Bed en leder af teamet om en ny invitation').waitFor();
  });

  it('says calmly that a link without its invitation is incomplete', async () => {
    await browser.open('/join#server=http%3A%2F%2F127.0.0.1%3A1');
    await appPages(browser.page).shell.heading('Linket er ikke helt').waitFor();
  });
});
