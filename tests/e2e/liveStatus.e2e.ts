import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPages, TALKS } from './pages';
import { expectNoAxeViolations, useBrowser } from './support/browser';
import { shareTeamWithHire } from './support/journeys';
import { storedRecords } from './support/stored';
import { startTestSyncServer, type TestSyncServer } from './support/syncServer';

const PHONE = { width: 360, height: 740 };
const WORKSPACE = 'Din arbejdsplads er klar';

/** The names of the IndexedDB databases this browser context holds. */
function databaseNames(page: Page) {
  return page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
}

/** The localStorage keys of the peer's kept copies. */
function keptCopies(page: Page) {
  return page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('liveStatus:')),
  );
}

/** What the peer's view lists as ready (empty when nothing is). */
async function ready(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { name: 'Det er på plads' });
  return (await heading.count()) === 0
    ? ''
    : heading.locator('xpath=following-sibling::ul[1]').innerText();
}

describe('the peer worker’s live status, from a live link', () => {
  const browser = useBrowser();
  let server: TestSyncServer;
  let phone: BrowserContext | undefined;
  let staff: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startTestSyncServer(browser.baseUrl);
  });
  afterAll(async () => {
    await phone?.close();
    await staff?.close();
    await server?.stop();
  });

  it('opens on a phone, follows a tick without a reload, stores no database, and says when it is revoked', async () => {
    // The manager's device: a team with a hire, shared on the server.
    const manager = browser.page;
    const managerPages = appPages(manager);
    const { hireUrl } = await shareTeamWithHire(manager, server.url, 'Bostøtten Nord', {
      name: 'MK',
      startDate: '2027-03-15',
    });
    await manager.goto(hireUrl);
    await managerPages.hire.openStatus('MK');
    const link = await managerPages.status.makeLiveLink('MK');
    // The token rides in the fragment only.
    expect(new URL(link).pathname).toBe('/live');
    expect(new URL(link).search).toBe('');
    expect(new URL(link).hash).toMatch(/[#&]k=/);

    // The peer's phone opens it.
    phone = await browser.newContext({ viewport: PHONE });
    const peer = await phone.newPage();
    peer.on('pageerror', (error) => {
      throw error;
    });
    const peerPages = appPages(peer);
    await peer.goto(link);
    await peerPages.status.greeting('MK').waitFor();
    await peerPages.status.liveNotice().waitFor();
    expect(await ready(peer)).not.toContain(WORKSPACE);
    expect(await peer.getByRole('navigation').count()).toBe(0);
    // Only the skip link (to #main) stays on this site: nothing leads into the manager's app.
    const sameSite = (await peerPages.status.linkTargets()).filter((to) => to.startsWith('/'));
    expect(sameSite.every((target) => target === '/live')).toBe(true);
    await expectNoAxeViolations(peer);

    // The manager ticks an item; the peer's open view follows without a reload.
    await manager.getByRole('link', { name: 'Tilbage til MK' }).click();
    await managerPages.hire.onboarding.tick(/roligt og egnet sted/);
    await expect.poll(() => ready(peer)).toContain(WORKSPACE);
    expect(await keptCopies(peer)).toHaveLength(1);

    // Offline, the phone keeps showing the last status and says so.
    await phone.setOffline(true);
    await peer.getByText(/^Telefonen har ingen forbindelse lige nu/).waitFor();
    expect(await ready(peer)).toContain(WORKSPACE);
    await phone.setOffline(false);
    await peer.getByText(/^Siden følger med af sig selv/).waitFor();

    // The manager revokes the link; the open view says calmly that it no longer works.
    await managerPages.hire.openStatus('MK');
    await managerPages.status.revokeLiveLink();
    await peerPages.status.liveLinkRevoked().waitFor();
    expect(await peer.locator('body').innerText()).not.toContain('MK');
    expect(await keptCopies(peer)).toEqual([]);
    await expectNoAxeViolations(peer);

    // The peer's view never opened, and so never created, the app's database.
    expect(await databaseNames(peer)).toEqual([]);
  });

  it('keeps the manager’s note from staff and peer, and a staff device’s deletion ends the link', async () => {
    // Manager, staff and peer: three people on three devices.
    const manager = browser.page;
    const managerPages = appPages(manager);
    const { hireUrl } = await shareTeamWithHire(manager, server.url, 'Bostøtten Syd', {
      name: 'JL',
      startDate: '2027-03-15',
    });
    const invitation = await managerPages.sync.invite('Medarbejder');
    await manager.goto(hireUrl);
    await managerPages.hire.openStatus('JL');
    const link = await managerPages.status.makeLiveLink('JL');

    staff = await browser.newContext();
    const colleague = await staff.newPage();
    const colleaguePages = appPages(colleague);
    await colleague.goto(invitation);
    await colleaguePages.join.join('Medarbejderens computer', 'Bostøtten Syd');
    phone = await browser.newContext({ viewport: PHONE });
    const peer = await phone.newPage();
    await peer.goto(link);
    await appPages(peer).status.greeting('JL').waitFor();

    // The manager's note on a talk, then a tick: once both others show the tick, whatever
    // the note's change sent has arrived where it was allowed to go.
    await manager.goto(hireUrl);
    await managerPages.hire.openPlan('JL');
    await managerPages.plan.talk(TALKS.after14Days).writeNotes('Ønsker faste mødetider');
    await manager.goto(hireUrl);
    await managerPages.hire.onboarding.tick(/roligt og egnet sted/);
    await expect.poll(() => ready(peer)).toContain(WORKSPACE);
    await colleague.goto(hireUrl);
    await expect
      .poll(() => colleaguePages.hire.onboarding.box(/roligt og egnet sted/).isChecked())
      .toBe(true);
    for (const page of [colleague, peer]) {
      expect(await page.locator('body').innerText()).not.toContain('faste mødetider');
    }
    expect(JSON.stringify(await storedRecords(colleague, 'talks'))).not.toContain('faste');
    expect(await keptCopies(peer)).toHaveLength(1);
    const kept = await peer.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(kept).not.toContain('faste');

    // The staff device deletes the hire: the server ends the peer's link too.
    await colleaguePages.hire.delete('Bostøtten Syd');
    await appPages(peer).status.liveLinkRevoked().waitFor();
    expect(await keptCopies(peer)).toEqual([]);
  });

  it('says calmly that a link without its token is incomplete', async () => {
    await browser.open('/live#s=http%3A%2F%2F127.0.0.1%3A1&t=team-1&h=hire-1');
    await appPages(browser.page).shell.heading('Linket er ikke helt').waitFor();
    expect(await databaseNames(browser.page)).toEqual([]);
  });
});
