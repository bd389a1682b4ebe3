import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPages } from './pages';
import { expectNoAxeViolations, useBrowser } from './support/browser';
import { addHire, createTeam, waitForStoredProgress } from './support/journeys';

/** A box of the team-preparation checklist on the team's page. */
const teamBox = (page: Page, index: number) => appPages(page).team.preparation.box(index);

async function downloadBackup(page: Page): Promise<Download> {
  const { backup } = appPages(page);
  await backup.open();
  return backup.download();
}

/** Makes every IndexedDB write in the page fail, as a broken or full disk would. */
async function breakIndexedDbWrites(page: Page, errorName = 'UnknownError') {
  await page.evaluate((name) => {
    const fail = () => {
      throw new DOMException('Simulated storage failure', name);
    };
    IDBObjectStore.prototype.put = fail;
    IDBObjectStore.prototype.add = fail;
    IDBObjectStore.prototype.delete = fail;
    IDBCursor.prototype.update = fail;
  }, errorName);
}

describe('nothing lost, in a real browser', () => {
  const browser = useBrowser();

  it('shows a tick made in one tab in the other tab without a reload', async () => {
    const { page, context } = browser;
    await createTeam(page, 'Bostøtten Nord');
    const other = await context.newPage();
    await other.goto(page.url());
    await teamBox(other, 2).waitFor();

    await teamBox(page, 2).click();
    await expect.poll(() => teamBox(other, 2).isChecked()).toBe(true);
    await teamBox(other, 4).click();
    await expect.poll(() => teamBox(page, 4).isChecked()).toBe(true);
  });

  it('tells an open tab to reload when a newer version upgrades the database', async () => {
    const { page, context } = browser;
    await createTeam(page, 'Team A');
    const newer = await context.newPage();
    await newer.goto('/favicon.svg');
    // A newer app version opens the same database at a higher version.
    await newer.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('godt-begyndt', 1000);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    const { shell } = appPages(page);
    await shell.databaseUpgradedElsewhere().waitFor();
    expect(await shell.reloadAfterUpgradeElsewhere().isVisible()).toBe(true);
  });

  it('loads and works offline after the first visit', async () => {
    const { page, context } = browser;
    await createTeam(page, 'Offline-team');
    const teamUrl = page.url();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('/').then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('online'); // served by the service worker
    await page.reload();
    const { shell, team, settings } = appPages(page);
    await team.preparation.tick(0);

    // Screens never opened before come from the precache, deep links too.
    await shell.goTo('Om');
    await shell.heading(/Om Godt begyndt/).waitFor();
    await shell.goTo('Indstillinger');
    await settings.openBackup();
    await page.goto(teamUrl);
    await expect.poll(() => teamBox(page, 0).isChecked()).toBe(true);
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
  });

  it('downloads for offline use the fonts the screens use, and no other font', async () => {
    const { page } = browser;
    await createTeam(page, 'Font-team');
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    await page.evaluate(() => navigator.serviceWorker.ready);
    const used = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.slice(1))
        .filter((path) => path.endsWith('.woff2')),
    );
    const worker = await page.evaluate(() => fetch('/sw.js').then((response) => response.text()));
    const precached = [...worker.matchAll(/url:"([^"]+\.woff2)"/g)].map((match) =>
      String(match[1]),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(precached).toEqual(expect.arrayContaining(used));
    expect(precached.filter((url) => !url.includes('-Latin1-'))).toEqual([]);
  });

  it('sends no request to any origin but its own during a walk through the app', async () => {
    const { page, context, baseUrl } = browser;
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${baseUrl}/`) && !/^(data|blob):/.test(url)) foreign.push(url);
    });
    const { shell, team, hire } = appPages(page);
    await createTeam(page, 'Team A');
    await team.preparation.toggle(0);
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    await hire.onboarding.toggle(0);
    await (await hire.onboarding.openNote()).fill('En note');
    await shell.saved().waitFor();
    await browser.open('/settings');
    await downloadBackup(page);
    await browser.open('/about');
    await browser.open('/no-such-page');
    await shell.switchToEnglish();
    await browser.open('/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(foreign).toEqual([]);
  });

  it('keeps the backup code and its validator out of the first screen', async () => {
    const { page } = browser;
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await browser.open('/');
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((code) => code.includes('godt-begyndt-backup'))).toEqual([]);
    expect(scripts.filter((code) => code.includes('ZodError'))).toEqual([]);
  });

  it('marks the first screen’s script, and only it, for eager compilation', async () => {
    const { page } = browser;
    await browser.open('/');
    const { entry, others } = await page.evaluate(async () => {
      const text = (url: string) => fetch(url).then((response) => response.text());
      const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
      const lazy = performance
        .getEntriesByType('resource')
        .map(({ name }) => name)
        .filter((url) => url.endsWith('.js') && url !== src);
      return {
        entry: src ? await text(src) : '',
        others: await Promise.all(lazy.map(text)),
      };
    });
    // V8 reads the hint only where it opens the file.
    expect(entry.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((code) => code.includes('allFunctionsCalledOnLoad'))).toEqual([]);
  });

  it('shows a failed write as an error and never as saved', async () => {
    const { page } = browser;
    const { shell, team } = appPages(page);
    await createTeam(page, 'Team A');
    await breakIndexedDbWrites(page);

    await team.preparation.toggle(1);
    await shell.writeFailed().waitFor();
    // The box showed the click at once; it goes back once the write has failed.
    await expect.poll(() => teamBox(page, 1).isChecked()).toBe(false);

    const note = await team.preparation.openNote();
    await note.fill('Vigtig note');
    await note.blur();
    await shell.noteNotSaved().waitFor();
    expect(await shell.saved().count()).toBe(0);

    await page.reload();
    await teamBox(page, 1).waitFor();
    expect(await teamBox(page, 1).isChecked()).toBe(false);
    expect(await page.getByText('Vigtig note').count()).toBe(0);
  });

  it('says so when the browser has no room left', async () => {
    const { page } = browser;
    await createTeam(page, 'Team A');
    await breakIndexedDbWrites(page, 'QuotaExceededError');
    await appPages(page).team.preparation.toggle(1);
    await appPages(page).shell.storageFull().waitFor();
    await expect.poll(() => teamBox(page, 1).isChecked()).toBe(false);
  });

  it('says when the browser does not let the app store data at all', async () => {
    const { page } = browser;
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('Storage disabled', 'SecurityError');
      };
    });
    await page.goto('/');
    await appPages(page).shell.storageRefused().waitFor();
  });

  it('downloads a backup file that parses and holds the data', async () => {
    const { page } = browser;
    await createTeam(page, 'Bostøtten Nord');
    await appPages(page).team.preparation.tick(3);
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });

    const download = await downloadBackup(page);
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    expect(download.suggestedFilename()).toBe(`godt-begyndt-backup-${today}.json`);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'godt-begyndt-backup', version: 1, scope: 'all' });
    expect(file.data.teams.map((team: { name: string }) => team.name)).toEqual(['Bostøtten Nord']);
    expect(file.data.hires.map((hire: { name: string }) => hire.name)).toEqual(['MK']);
    expect(file.data.items.filter((item: { done: boolean }) => item.done)).toHaveLength(1);
    expect(file.data.talks.length).toBeGreaterThanOrEqual(3);
    await appPages(page).backup.lastFullBackup().waitFor();
  });

  it('moves the data to a new device and back without losing a tick or a note', async () => {
    const { page } = browser;
    const { shell, team } = appPages(page);
    await createTeam(page, 'Bostøtten Nord');
    await team.preparation.toggle(0);
    await (await team.preparation.openNote()).fill('Temadag holdt 2. marts');
    await shell.saved().waitFor();
    const path = (await (await downloadBackup(page)).path())!;

    const newDevice = await browser.newContext();
    try {
      const fresh = await newDevice.newPage();
      const there = appPages(fresh);
      await there.backup.open();
      await there.backup.chooseValid(path);
      await there.backup.restoreReplacingAll();
      await there.backup.restored('1 team').waitFor();
      await there.shell.goTo('Overblik');
      await there.overview.openTeam('Bostøtten Nord');
      await expect.poll(() => teamBox(fresh, 0).isChecked()).toBe(true);
      expect(await fresh.getByText('Temadag holdt 2. marts').isVisible()).toBe(true);
    } finally {
      await newDevice.close();
    }
  });

  it('refuses a corrupt file with a message and changes nothing', async () => {
    const { page } = browser;
    const { overview, backup } = appPages(page);
    await createTeam(page, 'Mit team');
    await teamBox(page, 0).click();
    await waitForStoredProgress(page, /1 af 9/);
    await browser.open('/settings/backup');
    await backup.choose({
      name: 'godt-begyndt-backup-2027-03-15.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"godt-begyndt-backup","version":1,"data":{"teams":[{"id'),
    });
    await backup.fileError('Filen kan ikke læses').waitFor();
    expect(await backup.restoreButton.count()).toBe(0);

    await browser.open('/');
    await overview.teamCards.first().waitFor();
    expect(await overview.teamCards.count()).toBe(1);
    await overview.openTeam('Mit team');
    await expect.poll(() => teamBox(page, 0).isChecked()).toBe(true);
  });

  it('has no serious or critical axe violations on the backup screen showing a bad file', async () => {
    const { page } = browser;
    await createTeam(page, 'Team A');
    await browser.open('/settings/backup');
    const { backup } = appPages(page);
    await backup.choose({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from('not json'),
    });
    await backup.fileError().waitFor();
    await expectNoAxeViolations(page);
  });
});
