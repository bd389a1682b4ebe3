import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPages } from './pages';
import { PRINTED } from './pages/calendar';
import { useBrowser } from './support/browser';
import { addHire, createTeam } from './support/journeys';
import { pdfPages, type PdfText } from './support/pdf';

const CREDIT = 'Peer-Partnerskabet (2025), CC BY-NC 4.0';

/** Adds hires through the app's own form, each from a fresh load of the form's page. */
async function addHires(page: Page, teamUrl: string, count: number) {
  for (let n = 1; n <= count; n += 1) {
    await page.goto(`${teamUrl}/hires/new`);
    // Starts spread over five months, so the calendar fills many months.
    await appPages(page).hireForm.add({
      name: `Person ${String(n).padStart(2, '0')}`,
      startDate: `2027-0${1 + (n % 5)}-${String(1 + n).padStart(2, '0')}`,
    });
  }
}

/** Chromium's own A4 print of the page, read back page by page with pdf.js. */
async function printPages(page: Page): Promise<PdfText[][]> {
  await page.evaluate(() => document.fonts.ready);
  return pdfPages(await page.pdf({ preferCSSPageSize: true }));
}

/** A page's text in reading order, with single spaces, as one string. */
function pageText(texts: readonly PdfText[]): string {
  return texts
    .map(({ text }) => text)
    .join(' ')
    .replace(/\s+/g, ' ');
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('printouts on A4 in a real browser', () => {
  const browser = useBrowser();

  it(
    'prints the calendar of a team of 30 hires as a compact table on at most 4 pages',
    { timeout: 240_000 },
    async () => {
      const { page } = browser;
      await createTeam(page, 'Store Team');
      const teamUrl = page.url();
      await addHires(page, teamUrl, 30);
      await page.goto(`${teamUrl}/calendar?show=all`);
      const { calendar } = appPages(page);
      await calendar.teamHeading('Store Team').waitFor();
      await expect.poll(() => calendar.printRows.count()).toBe(90);

      // Each row's cells as printed, to find every row whole on one page.
      await page.emulateMedia({ media: 'print' });
      const rows = await calendar.printRows.evaluateAll((trs) =>
        trs.map((tr) =>
          [...(tr as HTMLTableRowElement).cells]
            .map((cell) => cell.innerText.trim())
            .filter(Boolean)
            .join(' ')
            .replace(/\s+/g, ' '),
        ),
      );
      expect(rows[0]).toMatch(
        /^\d{2}[./]\d{2}[./]2027 (mandag|tirsdag|onsdag|torsdag|fredag) \d{1,2} Person \d{2} Samtale .+ Peer-medarbejder/,
      );

      const pages = (await printPages(page)).map(pageText);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages.length).toBeLessThanOrEqual(4);
      // No row split across pages: every row's whole text is on exactly one page.
      for (const row of rows) {
        expect(pages.filter((text) => text.includes(row)).length, row).toBe(1);
      }
      // Every page says whose calendar it is and what the columns are.
      for (const [index, text] of pages.entries()) {
        expect(text, `page ${index + 1}`).toContain('Kalender for Store Team');
        expect(text, `page ${index + 1}`).toContain(PRINTED.columns);
      }
      const all = pages.join(' ');
      expect(count(all, PRINTED.printedOn)).toBe(1);
      expect(count(all, CREDIT)).toBe(1);
      // The agenda and the notes line belong on the one-hire plan only.
      expect(all).not.toContain(PRINTED.agenda);
      expect(all).not.toContain(PRINTED.notesLine);
    },
  );

  it('prints the one-hire plan with three talks and their agendas on one page', async () => {
    const { page } = browser;
    // Long names, which wrap, so the test is not won by short ones.
    await createTeam(page, 'Bostøtten Nord og Syd – Støttecenter Østerbro');
    await addHire(page, { name: 'Marie-Louise Kristensen', startDate: '2027-03-15' });
    await page.goto(`${page.url()}/print`);
    await appPages(page).calendar.hirePlanHeading('Marie-Louise Kristensen').waitFor();

    const pages = (await printPages(page)).map(pageText);
    expect(pages).toHaveLength(1);
    const [text] = pages as [string];
    expect(count(text, `${PRINTED.agenda}:`)).toBe(3);
    expect(count(text, PRINTED.notesLine)).toBe(3);
    expect(text).toContain('Hvordan er de første to uger gået?');
    expect(count(text, CREDIT)).toBe(1);
  });

  it('prints links black, visited or not', async () => {
    const { page } = browser;
    await createTeam(page, 'Bostøtten Nord');
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    await page.goto(`${page.url()}/print`);
    await appPages(page).calendar.backToHire('MK').waitFor();
    await page.emulateMedia({ media: 'print' });
    // A visited link's colour is hidden from scripts, so read the rules the page applies.
    const printLinkColours = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].flatMap((rule) =>
          rule instanceof CSSMediaRule && rule.media.mediaText === 'print'
            ? [...rule.cssRules].flatMap((inner) =>
                inner instanceof CSSStyleRule &&
                /(^|,)\s*a:visited\s*(,|$)/.test(inner.selectorText)
                  ? [`${inner.style.color} ${inner.style.getPropertyPriority('color')}`]
                  : [],
              )
            : [],
        ),
      ),
    );
    expect(printLinkColours).toContain('rgb(0, 0, 0) important');
  });
});
