import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { parseIcs } from '../../support/ics';

/** The calendar-file button's label in each language. */
export const ICS_BUTTON = { da: 'Hent kalenderfil (.ics)', en: 'Download calendar file (.ics)' };

/** Clicks the page's calendar-file button and reads the file it downloads. */
export async function downloadIcs(page: Page, language: keyof typeof ICS_BUTTON = 'da') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: ICS_BUTTON[language] }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  return { fileName: download.suggestedFilename(), ...parseIcs(text), text };
}
