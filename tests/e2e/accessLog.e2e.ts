import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, scrollsSideways, settle } from './support/a11y';
import { useBrowser } from './support/browser';
import { shareTeamWithHire } from './support/journeys';
import { startTestSyncServer, type TestSyncServer } from './support/syncServer';

describe("a hire's access log, from the team's sync server", () => {
  const browser = useBrowser();
  let server: TestSyncServer;

  beforeAll(async () => {
    server = await startTestSyncServer(browser.baseUrl);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('lists who opened the team, is accessible on screen, in print and at 320 px, and exports a CSV file', async () => {
    const { page } = browser;
    const { hireUrl } = await shareTeamWithHire(page, server.url, 'Bostøtten Nord', {
      name: 'Maria Kristensen',
      startDate: '2027-03-15',
    });

    await page.goto(hireUrl);
    await page.getByRole('link', { name: 'Adgangslog' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Adgangslog for Maria Kristensen' })
      .waitFor();
    const table = page.getByRole('table', { name: 'Adgange, nyeste først' });
    const opened = table
      .getByRole('row')
      .filter({ hasText: 'Lederens computer' })
      .filter({ hasText: 'Teamets fælles plan' })
      .filter({ hasText: 'Åbnet' });
    await opened.first().waitFor();
    expect(await opened.first().textContent()).toContain('Leder');

    await settle(page);
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ media: 'screen' });
    // One primary action (print); export is secondary.
    expect(await page.locator('.button-primary').filter({ visible: true }).count()).toBe(1);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksportér som CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^godt-begyndt-adgangslog-maria-kristensen-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Tidspunkt (UTC);Enhed;Rolle;Dokument;Handling');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\d{4}-\d{2}-\d{2}T[\d:.]+Z;Lederens computer;Leder;Teamets fælles plan;Åbnet$/,
      ),
    );
  });
});
