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

  /**
   * Opens a note: the first item's, or that of the item whose title starts with `title`.
   * Resolves to the note's field.
   */
  async openNote(title?: string): Promise<Locator> {
    const button = title
      ? this.list.getByRole('button', { name: new RegExp(`^Tilføj note\\s?: ${title}`) })
      : this.list.getByRole('button', { name: /^Tilføj note/ }).first();
    await button.click();
    return title
      ? this.list.getByLabel(new RegExp(`Note til: ${title}`))
      : this.list.getByRole('textbox');
  }
}
