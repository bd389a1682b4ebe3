import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPages } from './pages';
import { useBrowser } from './support/browser';
import { servePreview } from './support/server';

/**
 * The built app served from a copy, so the test can publish a "new version" (a changed
 * service worker) without touching the build the other tests use.
 */
async function serveCopyOfBuild() {
  const dir = await mkdtemp(join(tmpdir(), 'godt-begyndt-update-'));
  await cp('dist', dir, { recursive: true });
  const server = await servePreview({ outDir: dir });
  return {
    url: server.url,
    publishNewVersion: () => appendFile(join(dir, 'sw.js'), '\n// the next version\n'),
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe('a new version of the app', () => {
  const browser = useBrowser();
  let site: Awaited<ReturnType<typeof serveCopyOfBuild>>;
  beforeAll(async () => {
    site = await serveCopyOfBuild();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('waits for the user to switch, so a half-filled form is not lost, then switches', async () => {
    const { page } = browser;
    const { shell, overview } = appPages(page);
    await page.goto(`${site.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await overview.teamName.fill('Halvt skrevet');

    await site.publishNewVersion();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const banner = shell.updateBanner();
    await banner.waitFor();
    // The new version waits: the page has not reloaded by itself.
    expect(await overview.teamName.inputValue()).toBe('Halvt skrevet');

    await Promise.all([page.waitForEvent('load'), shell.reloadForUpdate().click()]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await banner.count()).toBe(0);
    const waiting = await page.evaluate(
      async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
    );
    expect(waiting).toBe(false);
  });
});
