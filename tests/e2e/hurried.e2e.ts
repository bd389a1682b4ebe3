import type { Dialog, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPages } from './pages';
import { useBrowser } from './support/browser';
import { addHire, createTeam } from './support/journeys';
import { storedRecords } from './support/stored';

/** How many records one of the app's IndexedDB stores holds, read in the page. */
async function countStored(page: Page, store: string): Promise<number> {
  return (await storedRecords(page, store)).length;
}

/**
 * Two clicks in one go, before the page can re-render or move the button: the fastest
 * double click there is. (Playwright's dblclick can land its second click beside a button
 * that the first click has pushed down.)
 */
function clickTwiceAtOnce(button: Locator): Promise<void> {
  return button.evaluate((element: HTMLElement) => {
    element.click();
    element.click();
  });
}

/**
 * Holds the checklist store as another tab's long write would: writes from every tab wait,
 * in the order they were made, until the returned function is called.
 */
async function holdItemsStore(holder: Page): Promise<() => Promise<void>> {
  await holder.goto('/favicon.svg');
  await holder.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('godt-begyndt');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('items', 'readwrite').objectStore('items');
          const state = window as unknown as { held: boolean };
          state.held = true;
          // A transaction commits once it has no request left: keep one going while held.
          const keepOpen = () => {
            if (state.held) store.count().onsuccess = keepOpen;
          };
          keepOpen();
          resolve();
        };
      }),
  );
  return () =>
    holder.evaluate(() => {
      (window as unknown as { held: boolean }).held = false;
    });
}

describe('a hurried or clumsy user loses nothing and makes no duplicate', () => {
  const browser = useBrowser();

  it('warns before a reload right after typing a note, and staying keeps the note', async () => {
    const { page } = browser;
    const { team, shell } = appPages(page);
    await createTeam(page, 'Team A');
    const dialogs: string[] = [];
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss(); // The user stays on the page.
    });
    const note = await team.preparation.openNote();
    await note.pressSequentially('Husk nøglen', { delay: 10 });
    // The hurried user: nothing is waited for but the keystrokes, so the autosave (600 ms
    // after the last key) has not run when the reload is asked for.
    // Not awaited: the reload the user called off never comes.
    void page.reload().catch(() => undefined);
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    // The page was kept, and the note is stored: a reload now asks nothing and keeps it.
    await shell.saved().waitFor();
    await page.reload();
    await team.preparation.list.waitFor();
    await team.preparation.openNote();
    expect(
      await page
        .getByRole('textbox', { name: /^Note til/ })
        .first()
        .inputValue(),
    ).toBe('Husk nøglen');
    expect(dialogs).toEqual(['beforeunload']);
  });

  it('creates one team for a double click on "Opret team"', async () => {
    const { page } = browser;
    const { overview } = appPages(page);
    await page.goto('/');
    await overview.teamName.fill('Team A');
    await page.getByRole('button', { name: 'Opret team' }).dblclick();
    await page.getByRole('heading', { level: 1, name: 'Team A' }).waitFor();
    await browser.open('/');
    await overview.teamCards.first().waitFor();
    expect(await overview.teamCards.count()).toBe(1);
    expect(await countStored(page, 'teams')).toBe(1);
  });

  it('adds one peer worker for a double click on "Tilføj peer-medarbejder"', async () => {
    const { page } = browser;
    const { team, hireForm } = appPages(page);
    await createTeam(page, 'Team A');
    const teamUrl = new URL(page.url()).pathname;
    await team.openAddHire();
    await hireForm.name.fill('MK');
    await hireForm.startDate.fill('2027-03-15');
    await page.getByRole('button', { name: 'Tilføj peer-medarbejder' }).dblclick();
    await page.getByRole('heading', { level: 1, name: 'MK' }).waitFor();
    await browser.open(teamUrl);
    await team.addHireLink.waitFor();
    expect(await page.getByRole('link', { name: /^MK/ }).count()).toBe(1);
    expect(await countStored(page, 'hires')).toBe(1);
  });

  it('adds one own checklist item for a double click on its button', async () => {
    const { page } = browser;
    const { team } = appPages(page);
    await createTeam(page, 'Team A');
    await team.preparation.box(0).waitFor();
    const before = await team.preparation.list.getByRole('checkbox').count();
    await team.preparation.ownItemField().fill('Nøgle til kontoret');
    await clickTwiceAtOnce(page.getByRole('button', { name: 'Tilføj punkt' }));
    await team.preparation.box('Nøgle til kontoret').waitFor();
    await expect.poll(() => team.preparation.ownItemField().inputValue()).toBe('');
    expect(await team.preparation.list.getByRole('checkbox').count()).toBe(before + 1);
    await page.reload();
    await team.preparation.box('Nøgle til kontoret').waitFor();
    expect(await team.preparation.box('Nøgle til kontoret').count()).toBe(1);
  });

  it('restores a file once for a double click on "Gendan" in "add as new teams"', async () => {
    const { page } = browser;
    const { backup } = appPages(page);
    await createTeam(page, 'Team A');
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    await backup.open();
    const file = (await (await backup.download()).path())!;
    await backup.chooseValid(file);
    expect(await page.getByRole('radio', { name: 'Tilføj som nye teams' }).isChecked()).toBe(true);
    await clickTwiceAtOnce(backup.restoreButton);
    await backup.restored('1 team og 1 peer-medarbejder').waitFor();
    expect(await countStored(page, 'teams')).toBe(2);
    expect(await countStored(page, 'hires')).toBe(2);
  });

  it('shows a second tab that its note was changed elsewhere, and loses neither text', async () => {
    const { page, context } = browser;
    await createTeam(page, 'Team A');
    const other = await context.newPage();
    await other.goto(page.url());
    const first = await appPages(page).team.preparation.openNote();
    const second = await appPages(other).team.preparation.openNote();
    // Both tabs save while another write holds the store: the later save lands last.
    const release = await holdItemsStore(await context.newPage());
    await second.fill('Fra den anden fane');
    await second.blur();
    await first.fill('Fra den første fane');
    await first.blur();
    await release();

    const conflict = other.getByRole('alert').filter({ hasText: 'ændret et andet sted' });
    await conflict.waitFor();
    expect(await conflict.getByText('Fra den første fane').count()).toBe(1);
    expect(await second.inputValue()).toBe('Fra den anden fane');
    await conflict.getByRole('button', { name: 'Behold min tekst' }).click();
    await expect.poll(() => appPages(other).shell.saved().count()).toBe(1);
    // The first tab had said "Gemt": it is shown the text that replaced its own.
    await page
      .getByRole('alert')
      .filter({ hasText: 'ændret et andet sted' })
      .getByText('Fra den anden fane')
      .waitFor();
  });

  it('reports no CSP violation while a backup file is checked and restored', async () => {
    const { page } = browser;
    const { backup } = appPages(page);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const violations = () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    await createTeam(page, 'Team A');
    await backup.open();
    const file = (await (await backup.download()).path())!;
    await backup.chooseValid(file);
    await backup.restoreButton.click();
    await backup.restored('1 team').waitFor();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    expect(await violations()).toEqual([]);

    // The listener does hear an eval under this CSP (a string given to setTimeout is one;
    // code run by the test itself is exempt), so the check above could fail.
    await page.evaluate(() => (setTimeout as (code: string) => number)('void 0'));
    await expect.poll(violations).toEqual(['script-src eval']);
  });
});
