import type { Locator, Page } from 'playwright-core';
import { downloadIcs } from './calendarFile';

/** A team's calendar, the calendar of all teams, and a hire's printout: talks as sheets. */
export class CalendarPage {
  /** One printable sheet per talk. */
  readonly talkSheets: Locator;
  readonly showAll: Locator;

  constructor(private readonly page: Page) {
    this.talkSheets = page.locator('.talk-sheet');
    this.showAll = page.getByLabel('Vis også tidligere, holdte og aflyste samtaler');
  }

  /** Shows the earlier, held and cancelled talks too; the choice lives in the URL. */
  async showAllTalks() {
    await this.showAll.click();
    await this.page.waitForURL(/show=all/);
    await this.talkSheets.first().waitFor();
  }

  downloadIcs(language?: 'da' | 'en') {
    return downloadIcs(this.page, language);
  }
}
