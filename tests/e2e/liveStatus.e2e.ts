import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPages } from './pages';
import { expectNoAxeViolations, useBrowser } from './support/browser';
import { addHire, createTeam } from './support/journeys';
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

  beforeAll(async () => {
    server = await startTestSyncServer(browser.baseUrl);
  });
  afterAll(async () => {
    await phone?.close();
    await server?.stop();
  });

  it('opens on a phone, follows a tick without a reload, stores no database, and says when it is revoked', async () => {
    // The manager's device: a team with a hire, shared on the server.
    const manager = browser.page;
    const managerPages = appPages(manager);
    await createTeam(manager, 'Bostøtten Nord');
    const teamUrl = manager.url();
    await addHire(manager, { name: 'MK', startDate: '2027-03-15' });
    const hireUrl = manager.url();
    await manager.goto(teamUrl);
    await managerPages.sync.share(server.url, 'Lederens computer');
    await managerPages.sync.waitForStatus('Synkroniseret');
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

  it('says calmly that a link without its token is incomplete', async () => {
    await browser.open('/live#s=http%3A%2F%2F127.0.0.1%3A1&t=team-1&h=hire-1');
    await appPages(browser.page).shell.heading('Linket er ikke helt').waitFor();
    expect(await databaseNames(browser.page)).toEqual([]);
  });
});
