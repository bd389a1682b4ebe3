import type { Locator, Page } from 'playwright-core';

/** The peer worker's read-only status: in the app, or opened from a share link. */
export class StatusPage {
  /** One entry per talk. */
  readonly talks: Locator;

  constructor(private readonly page: Page) {
    this.talks = page.locator('.status-talk');
  }

  greeting(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: `Hej ${name}` });
  }

  /** A shared status says from when it is. */
  snapshotDate(): Locator {
    return this.page.getByText(/^Status pr\. /);
  }

  /** Makes a share link and resolves to it. */
  async makeShareLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Lav link' }).click();
    return this.page.getByRole('textbox', { name: /Link til status pr\./ }).inputValue();
  }

  /** Shows the share link's QR code and resolves to its image once it is there. */
  async showQrCode(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Vis QR-kode' }).click();
    const qr = this.page.getByRole('img', { name: /QR-kode/ });
    await qr.waitFor();
    return qr;
  }

  /** What the peer sees: each talk's text, and the items under "ready". */
  async visible() {
    return {
      talks: await this.talks.allInnerTexts(),
      ready: await this.page
        .getByRole('heading', { name: 'Det er på plads' })
        .locator('xpath=following-sibling::ul[1]')
        .innerText(),
    };
  }

  /** The heading of a share link that cannot be opened. */
  linkBroken(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Linket kan ikke åbnes' });
  }
}
