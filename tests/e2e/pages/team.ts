import type { Locator, Page } from 'playwright-core';
import { ChecklistPart } from './checklist';

/** A team's page: the team-preparation checklist, the referral agreement, its links. */
export class TeamPage {
  readonly preparation: ChecklistPart;
  readonly addHireLink: Locator;

  constructor(private readonly page: Page) {
    this.preparation = new ChecklistPart(page, 'Forberedelse af teamet');
    this.addHireLink = page.getByRole('link', { name: 'Tilføj peer-medarbejder' });
  }

  async openAddHire() {
    await this.addHireLink.click();
    await this.page.getByLabel('Navn eller initialer').waitFor();
  }

  async openCalendar(team: string) {
    await this.page.getByRole('link', { name: 'Teamets kalender' }).click();
    await this.page.getByRole('heading', { level: 1, name: `Kalender for ${team}` }).waitFor();
  }

  async openWorksheet(team: string) {
    await this.page.getByRole('link', { name: 'Åbn arbejdsarket til teamdagen' }).click();
    await this.page.getByRole('heading', { level: 1, name: `Teamdag: ${team}` }).waitFor();
  }

  /** Opens an item's "why and how" and follows its link into the guide. */
  async readMoreInGuide(item: RegExp) {
    const row = this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('checkbox', { name: item }) });
    await row.getByText('Mere om punktet').click();
    await row.getByRole('link', { name: /^Læs mere i guiden/ }).click();
  }

  // The agreement on how users come in contact with the peer worker (the referral).

  async startReferral() {
    await this.page.getByRole('button', { name: 'Skriv aftalen ned' }).click();
  }

  async saveReferral() {
    await this.page.getByRole('button', { name: 'Gem' }).click();
  }

  /** The message of a referral saved without its contact route. */
  referralNeedsContact(): Locator {
    return this.page.getByText('Vælg, hvordan brugerne kommer i kontakt').first();
  }

  async chooseContactPersonArranges() {
    await this.page.getByRole('radio', { name: 'Kontaktpersonen sørger for kontakten' }).check();
  }

  /** Shown once an agreement is saved. */
  editReferralButton(): Locator {
    return this.page.getByRole('button', { name: 'Ret aftalen' });
  }
}
