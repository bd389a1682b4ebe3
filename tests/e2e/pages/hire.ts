import type { Locator, Page } from 'playwright-core';
import { ChecklistPart } from './checklist';

export interface NewHire {
  name: string;
  /** yyyy-MM-dd */
  startDate: string;
  /** Probation in whole months; the form's default is 3. */
  months?: number;
}

/** The form that adds a peer worker to a team (/teams/:teamId/hires/new). */
export class HireForm {
  readonly name: Locator;
  readonly startDate: Locator;
  readonly months: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByLabel('Navn eller initialer');
    this.startDate = page.getByLabel('Første arbejdsdag');
    this.months = page.getByLabel('Prøvetid i måneder');
  }

  /** Fills the form, sends it and waits for the new hire's page. */
  async add(hire: NewHire) {
    await this.name.fill(hire.name);
    await this.startDate.fill(hire.startDate);
    await this.months.fill(String(hire.months ?? 3));
    await this.page.getByRole('button', { name: 'Tilføj peer-medarbejder' }).click();
    await this.page.getByRole('heading', { level: 1, name: hire.name }).waitFor();
  }
}

/** A hire's page: the onboarding checklist and the way to the plan, printout and status. */
export class HirePage {
  readonly onboarding: ChecklistPart;
  readonly planLink: Locator;

  constructor(private readonly page: Page) {
    this.onboarding = new ChecklistPart(page, 'Onboarding');
    this.planLink = page.getByRole('link', { name: /Opfølgningsplan/ }).first();
  }

  /** The polite announcement of the onboarding's progress, e.g. "1 af 4 på plads". */
  progressAnnouncement(progress: string): Locator {
    return this.page.getByRole('status').filter({ hasText: `Onboarding: ${progress}` });
  }

  /** The button that adds one of the guide's suggested items (by its title's start). */
  suggestionButton(title: string): Locator {
    return this.page
      .getByRole('region', { name: 'Forslag fra guiden' })
      .getByRole('button', { name: new RegExp(`^Tilføj\\s?: ${title}`) });
  }

  async openPlan(name: string) {
    await this.planLink.click();
    await this.page
      .getByRole('heading', { level: 1, name: `Opfølgningsplan for ${name}` })
      .waitFor();
  }

  async openPrintout(name: string) {
    await this.page.getByRole('link', { name: 'Udskriv plan' }).click();
    await this.page
      .getByRole('heading', { level: 1, name: `Opfølgningsplan for ${name}` })
      .waitFor();
  }

  /** Deletes the hire, confirming in the dialog, and waits for the team's page. */
  async delete(team: string) {
    await this.page.getByRole('button', { name: 'Slet', exact: true }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Slet peer-medarbejderen' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: team }).waitFor();
  }

  async openStatus(name: string) {
    await this.page.getByRole('link', { name: 'Vis som peer-medarbejderen ser det' }).click();
    await this.page.getByRole('heading', { level: 1, name: `Hej ${name}` }).waitFor();
  }
}
