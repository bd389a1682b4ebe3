import type { Locator, Page } from 'playwright-core';
import { downloadIcs } from './calendarFile';

/** What the printouts say, as the print tests read them back from the PDF. */
export const PRINTED = {
  /** The compact table's column headings, in order. */
  columns: 'Dato Ugedag Uge Kl. Peer-medarbejder',
  printedOn: 'Udskrevet ',
  agenda: 'Forslag til dagsorden',
  notesLine: 'Noter:',
} as const;

/** A team's calendar, the calendar of all teams, and a hire's printout: talks as sheets. */
export class CalendarPage {
  /** One printable sheet per talk. */
  readonly talkSheets: Locator;
  readonly showAll: Locator;
  /** The rows of the compact table a team's calendar prints (one per talk). */
  readonly printRows: Locator;

  constructor(private readonly page: Page) {
    this.talkSheets = page.locator('.talk-sheet');
    this.printRows = page.locator('.calendar-print-row');
    this.showAll = page.getByLabel('Vis også tidligere, holdte og aflyste samtaler');
  }

  /** Shows the earlier, held and cancelled talks too; the choice lives in the URL. */
  async showAllTalks() {
    await this.showAll.click();
    await this.page.waitForURL(/show=all/);
    await this.talkSheets.first().waitFor();
  }

  /** A team's calendar's heading. */
  teamHeading(team: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: `Kalender for ${team}` });
  }

  /** A hire's printout's heading. */
  hirePlanHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: `Opfølgningsplan for ${name}` });
  }

  /** The printout's way back to the hire. */
  backToHire(name: string): Locator {
    return this.page.getByRole('link', { name: `Tilbage til ${name}` });
  }

  /** The notice that a talk's time does not exist that day (summer time skips it). */
  skippedTimeNotice(time: string): Locator {
    return this.page.getByText(`Kl. ${time} findes ikke denne dag`);
  }

  downloadIcs(language?: 'da' | 'en') {
    return downloadIcs(this.page, language);
  }
}
