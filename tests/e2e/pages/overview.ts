import type { Locator, Page } from 'playwright-core';

/** The overview (/): the teams, and the form that creates one. */
export class OverviewPage {
  readonly teamName: Locator;
  /** One card per team. */
  readonly teamCards: Locator;
  /** What a first visit shows, with nothing stored yet. */
  readonly emptyState: Locator;

  constructor(private readonly page: Page) {
    this.teamName = page.getByLabel('Teamets navn');
    this.teamCards = page.locator('.team-card');
    this.emptyState = page.locator('main .empty-state');
  }

  /** Creates a team from the overview and waits for the team's page. */
  async createTeam(name: string) {
    await this.teamName.fill(name);
    await this.page.getByRole('button', { name: 'Opret team' }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /** Sends the new-team form as it is (e.g. empty), without waiting for a team's page. */
  async submitNewTeam() {
    await this.page.getByRole('button', { name: 'Opret team' }).click();
  }

  async openTeam(name: string) {
    await this.page.getByRole('link', { name }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }
}
