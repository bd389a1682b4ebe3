import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPages } from './pages';
import { expectNoAxeViolations, useBrowser } from './support/browser';
import { addHire, createTeam } from './support/journeys';

const ACCOMMODATIONS_SECRET = 'HEMMELIG-HENSYN-4711';
const TALK_SECRET = 'HEMMELIG-SAMTALE-0815';
const PHONE = { width: 360, height: 740 };

/** A hire with a ticked item and private notes on the accommodations item and on a talk. */
async function hireWithPrivateNotes(page: Page) {
  await createTeam(page, 'Bostøtten Nord');
  await addHire(page, { name: 'MK', startDate: '2027-03-15' });
  const { shell, hire } = appPages(page);
  await hire.onboarding.tick(/roligt og egnet sted/);
  const note = await hire.onboarding.openNote('Eventuelle behov');
  await note.fill(ACCOMMODATIONS_SECRET);
  await note.blur();
  await shell.saved().waitFor();
  await writeTalkNote(page, TALK_SECRET);
}

/**
 * Writes a note on the hire's first talk straight into the app's IndexedDB: this branch has
 * no screen for talk notes yet (the follow-up plan screen comes from another branch).
 */
async function writeTalkNote(page: Page, notes: string) {
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('godt-begyndt');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('talks', 'readwrite');
          const store = tx.objectStore('talks');
          const all = store.getAll();
          all.onsuccess = () => {
            const [talk] = all.result as { notes: string }[];
            if (talk) store.put({ ...talk, notes: text });
          };
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    notes,
  );
}

async function openStatusPage(page: Page) {
  await appPages(page).hire.openStatus('MK');
}

function makeShareLink(page: Page): Promise<string> {
  return appPages(page).status.makeShareLink();
}

/** Inputs, selects and textareas in the main content that are neither disabled nor read-only. */
function editableControls(page: Page): Promise<number> {
  return page
    .locator('main')
    .locator('input:not([disabled]):not([readonly]), select:not([disabled]), textarea')
    .count();
}

/** What the peer sees: each talk's text, and the items under "ready". */
function visibleStatus(page: Page) {
  return appPages(page).status.visible();
}

/** The names of the IndexedDB databases this browser context holds. */
function databaseNames(page: Page) {
  return page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
}

describe('the peer worker’s status in a real browser', () => {
  const fixture = useBrowser();

  function newPhoneContext() {
    return fixture.newContext({ viewport: PHONE });
  }

  it('is read-only and shows no private note', async () => {
    const { page } = fixture;
    await hireWithPrivateNotes(page);
    await openStatusPage(page);

    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await editableControls(page)).toBe(0);
    expect(await page.locator('main form').count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain('Din arbejdsplads er klar');
    expect(text).not.toContain(ACCOMMODATIONS_SECRET);
    expect(text).not.toContain(TALK_SECRET);

    await makeShareLink(page);
    expect(await editableControls(page)).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(ACCOMMODATIONS_SECRET);
  });

  it('opens a share link in a fresh browser with the same status, and stores nothing there', async () => {
    const { page } = fixture;
    await hireWithPrivateNotes(page);
    await openStatusPage(page);
    const managerView = await visibleStatus(page);
    const link = await makeShareLink(page);
    expect(link).toMatch(/\/shared\?lang=da#v1\./);

    const phone = await newPhoneContext();
    try {
      const peerPage = await phone.newPage();
      await peerPage.goto(link);
      await appPages(peerPage).status.greeting('MK').waitFor();
      expect(await appPages(peerPage).status.snapshotDate().isVisible()).toBe(true);
      expect(await visibleStatus(peerPage)).toEqual(managerView);
      expect(managerView.talks).toHaveLength(3);
      expect(managerView.ready).toContain('Din arbejdsplads er klar');
      const text = await peerPage.locator('body').innerText();
      expect(text).not.toContain(ACCOMMODATIONS_SECRET);
      expect(text).not.toContain(TALK_SECRET);
      expect(await databaseNames(peerPage)).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('offers no link into the manager’s screens, keeps a slim header, and creates no database', async () => {
    const { page } = fixture;
    await hireWithPrivateNotes(page);
    await openStatusPage(page);
    const link = await makeShareLink(page);

    const phone = await newPhoneContext();
    try {
      const peerPage = await phone.newPage();
      await peerPage.goto(link);
      const peer = appPages(peerPage).status;
      await peer.greeting('MK').waitFor();
      const sameSite = (await peer.linkTargets()).filter((target) => target.startsWith('/'));
      expect(sameSite.every((target) => target === '/shared')).toBe(true);
      expect(await peerPage.getByRole('navigation').count()).toBe(0);
      // Before, the full header took a sixth of the 740 px screen (about 120 px).
      expect(await peer.headerHeight()).toBeLessThan(PHONE.height / 12);
      expect(await databaseNames(peerPage)).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('opens a link made in English in English, on a phone set to Danish', async () => {
    const { page } = fixture;
    await hireWithPrivateNotes(page);
    await openStatusPage(page);
    await appPages(page).shell.switchToEnglish();
    const link = await appPages(page).status.makeShareLink('en');
    expect(link).toMatch(/\/shared\?lang=en#v1\./);

    const phone = await newPhoneContext();
    try {
      const peerPage = await phone.newPage();
      await peerPage.goto(link);
      await appPages(peerPage).status.englishGreeting('MK').waitFor();
      expect(await peerPage.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await databaseNames(peerPage)).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('explains a truncated or altered link and stores nothing', async () => {
    const { page } = fixture;
    await hireWithPrivateNotes(page);
    await openStatusPage(page);
    const link = await makeShareLink(page);
    const altered = link.slice(0, -4) + (link.endsWith('A') ? 'B' : 'A') + link.slice(-3);

    const phone = await newPhoneContext();
    try {
      const peerPage = await phone.newPage();
      for (const [bad, message] of [
        [link.slice(0, -10), 'klippet over'],
        [altered, 'ændret eller er gået i stykker'],
      ] as const) {
        await peerPage.goto(bad);
        await appPages(peerPage).status.linkBroken().waitFor();
        expect(await peerPage.getByRole('alert').innerText()).toContain(message);
      }
      expect(await databaseNames(peerPage)).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('shows a shared status even where the browser refuses to open any database', async () => {
    const { page } = fixture;
    await hireWithPrivateNotes(page);
    await openStatusPage(page);
    const link = await makeShareLink(page);

    const locked = await newPhoneContext();
    try {
      await locked.addInitScript(() => {
        indexedDB.open = () => {
          throw new DOMException('Storage is disabled', 'SecurityError');
        };
      });
      const peerPage = await locked.newPage();
      await peerPage.goto(link);
      await appPages(peerPage).status.greeting('MK').waitFor();
      expect(await appPages(peerPage).status.talks.count()).toBe(3);
    } finally {
      await locked.close();
    }
  });

  it('fits a 360 px phone, prints without buttons, and has no serious axe violations', async () => {
    const { page } = fixture;
    await page.setViewportSize(PHONE);
    await hireWithPrivateNotes(page);
    await openStatusPage(page);
    const link = await makeShareLink(page);
    const qr = await appPages(page).status.showQrCode();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    );
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await page.getByRole('navigation').filter({ visible: true }).count()).toBe(0);
    await page.emulateMedia({ media: 'screen' });

    const phone = await newPhoneContext();
    try {
      const peerPage = await phone.newPage();
      await peerPage.goto(link);
      await appPages(peerPage).status.greeting('MK').waitFor();
      await expectNoAxeViolations(peerPage);
      expect(await horizontalOverflow(peerPage)).toBe(0);
    } finally {
      await phone.close();
    }
  });
});

/** How many pixels the page is wider than the window (0 means no sideways scrolling). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
