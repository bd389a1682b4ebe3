import type { Locator, Page } from 'playwright-core';

/** The names of the default cadence's talks, as the plan lists them. */
export const TALKS = {
  after14Days: 'Samtale efter 14 dage',
} as const;

/** One talk of the follow-up plan, with what the manager can do to it. */
export class PlanTalk {
  constructor(readonly item: Locator) {}

  text(): Promise<string | null> {
    return this.item.textContent();
  }

  /** Opens the move form and fills it, without saving (see save). */
  async startMove(date: string, time?: string) {
    await this.item.getByRole('button', { name: /Flyt eller sæt tidspunkt/ }).click();
    await this.item.getByLabel('Dato').fill(date);
    if (time) await this.item.getByLabel('Tidspunkt (valgfrit)').fill(time);
  }

  async save() {
    await this.item.getByRole('button', { name: 'Gem' }).click();
  }

  /**
   * Moves the talk to a date and time, and waits until the form has closed (the save is
   * stored) and the plan shows the time. The open form can itself show the time, in its
   * summer-time notice, so the time alone does not prove the save.
   */
  async move(date: string, time: string) {
    await this.startMove(date, time);
    await this.save();
    await this.item.getByLabel('Dato').waitFor({ state: 'detached' });
    await this.item.getByText(`kl. ${time}`).first().waitFor();
  }

  /** The way back from a date set by hand. */
  resetButton(): Locator {
    return this.item.getByRole('button', { name: /^Tilbage til den beregnede dato/ });
  }

  async markHeld() {
    await this.item.getByRole('radio', { name: 'Holdt' }).check();
  }

  /** Opens the talk's notes; resolves to their field. */
  async openNotes(): Promise<Locator> {
    await this.item.getByRole('button', { name: /Noter/ }).click();
    return this.item.getByRole('textbox', { name: /Noter til/ });
  }

  /** Writes the talk's private notes and waits until they are stored. */
  async writeNotes(text: string) {
    const field = await this.openNotes();
    await field.fill(text);
    await field.blur();
    await this.item.getByText('Gemt').waitFor();
  }
}

/** A hire's follow-up plan (/hires/:hireId/plan). */
export class PlanPage {
  constructor(private readonly page: Page) {}

  talk(name: string): PlanTalk {
    return new PlanTalk(this.page.getByRole('listitem', { name }));
  }

  /** The plan's list of talks (its timeline). */
  talkList(): Locator {
    return this.page
      .getByRole('list', { name: /samtaler|tidslinje/i })
      .or(this.page.locator('ol'))
      .first();
  }
}
