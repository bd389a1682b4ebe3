import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Which item of a checklist: its place in the list, or (part of) its text. */
export type ItemRef = number | string | RegExp;

/** A checklist on the team or the hire page, found by its name ("Onboarding", …). */
export class ChecklistPart {
  readonly list: Locator;

  constructor(page: Page, name: string) {
    this.list = page.getByRole('list', { name });
  }

  /** An item's checkbox. */
  box(item: ItemRef): Locator {
    return typeof item === 'number'
      ? this.list.getByRole('checkbox').nth(item)
      : this.list.getByRole('checkbox', { name: item });
  }

  /** Clicks an item's box, whatever comes of it (the write may fail). */
  async toggle(item: ItemRef) {
    await this.box(item).click();
  }

  /** Ticks an item and waits until its box shows it ticked. */
  async tick(item: ItemRef) {
    await this.toggle(item);
    await expect.poll(() => this.box(item).isChecked()).toBe(true);
  }

  /** An item's row: its place in the list, or (part of) its text. */
  row(item: ItemRef): Locator {
    return typeof item === 'number'
      ? this.list.getByRole('listitem').nth(item)
      : this.list
          .getByRole('listitem')
          .filter({ has: this.list.page().getByRole('checkbox', { name: item }) });
  }

  /** The field for the user's own item, and its button. */
  ownItemField(): Locator {
    return this.list.page().getByLabel('Eget punkt', { exact: true });
  }

  async submitOwnItem() {
    await this.list.page().getByRole('button', { name: 'Tilføj punkt' }).click();
  }

  /** Opens an item's "more" (its help and actions) and resolves to the row. */
  async openMore(item: ItemRef): Promise<Locator> {
    const row = this.row(item);
    await row.getByText('Mere om punktet').click();
    return row;
  }

  /** Hides a guide item (its button sits behind the row's "more"). */
  async hide(item: ItemRef) {
    const row = await this.openMore(item);
    await row.getByRole('button', { name: /^Skjul/ }).click();
  }

  /**
   * Opens a note: the first item's, or that of the item whose title starts with `title`.
   * Resolves to the note's field.
   */
  async openNote(title?: string): Promise<Locator> {
    const row = await this.openMore(title ? new RegExp(`^${title}`) : 0);
    await row.getByRole('button', { name: /^(Tilføj|Redigér) note/ }).click();
    return title
      ? this.list.getByLabel(new RegExp(`Note til: ${title}`))
      : row.getByRole('textbox');
  }
}
