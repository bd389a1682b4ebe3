import type { Locator, Page } from 'playwright-core';

/** The share panel's button and link field, in both languages. */
const SHARE_LABELS = {
  da: { create: 'Lav link', link: /Link til status pr\./ },
  en: { create: 'Make link', link: /Link to the status as of/ },
} as const;

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

  /** Makes a share link (in the language the app is shown in) and resolves to it. */
  async makeShareLink(language: keyof typeof SHARE_LABELS = 'da'): Promise<string> {
    const labels = SHARE_LABELS[language];
    await this.page.getByRole('button', { name: labels.create }).click();
    return this.page.getByRole('textbox', { name: labels.link }).inputValue();
  }

  /** On a manager device of a shared team: makes the hire's live link and resolves to it. */
  async makeLiveLink(name: string): Promise<string> {
    await this.page.getByRole('button', { name: /^Lav (live-link|et nyt link)$/ }).click();
    return this.page.getByRole('textbox', { name: `Live-link til ${name}s status` }).inputValue();
  }

  /** Revokes the hire's live link, confirming in the dialog; waits until it is done. */
  async revokeLiveLink() {
    await this.page.getByRole('button', { name: 'Fjern linket' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Fjern linket' }).click();
    await this.page.getByText('Linket er fjernet. Det virker ikke længere.').waitFor();
  }

  /** A live status says when it was last updated, and whether the phone is online. */
  liveNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Opdateret / });
  }

  /** The heading of a live link that was revoked. */
  liveLinkRevoked(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Linket virker ikke længere' });
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

  /** The English greeting, for a link made in English. */
  englishGreeting(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: `Hi ${name}` });
  }

  /** Where every link on the page leads (its path, or the whole address when it is elsewhere). */
  linkTargets(): Promise<string[]> {
    return this.page.locator('a[href]').evaluateAll((links) =>
      links.map((link) => {
        const url = new URL((link as HTMLAnchorElement).href);
        return url.origin === window.location.origin ? url.pathname : url.href;
      }),
    );
  }

  /** The page header's height in CSS pixels. */
  headerHeight(): Promise<number> {
    return this.page
      .getByRole('banner')
      .evaluate((header) => header.getBoundingClientRect().height);
  }

  /** The heading of a share link that cannot be opened. */
  linkBroken(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Linket kan ikke åbnes' });
  }
}
