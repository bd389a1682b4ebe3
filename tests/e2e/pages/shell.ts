import type { Locator, Page } from 'playwright-core';

/** The menu links of the app's header. */
export type MenuLink = 'Overblik' | 'Kalender' | 'Guiden' | 'Om' | 'Indstillinger';

/** What every screen has: the header's menu and language switch, headings, messages. */
export class AppShell {
  constructor(private readonly page: Page) {}

  menuLink(name: MenuLink): Locator {
    return this.page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name, exact: true });
  }

  async goTo(name: MenuLink) {
    await this.menuLink(name).click();
    await this.page.getByRole('heading', { level: 1 }).first().waitFor();
  }

  async switchToEnglish() {
    await this.page.getByRole('button', { name: 'English' }).click();
  }

  /** The page's main heading with this text (a string matches part of it). */
  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** Whether `element` has the keyboard focus. */
  hasFocus(element: Locator): Promise<boolean> {
    return element.evaluate((node) => node === document.activeElement);
  }

  /** Whether the focus is somewhere inside `container`. */
  focusIsIn(container: Locator): Promise<boolean> {
    return container.evaluate((node) => node.contains(document.activeElement));
  }

  /** "Gemt": a note or an answer is stored. */
  saved(): Locator {
    return this.page.getByText('Gemt', { exact: true });
  }

  /** A note that could not be stored says so beside it. */
  noteNotSaved(): Locator {
    return this.page.getByText('Kunne ikke gemmes – prøv igen');
  }

  /** The alert that a change could not be stored. */
  writeFailed(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'kunne ikke gemmes' });
  }

  /** The alert that the browser has no room left for the change. */
  storageFull(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'ikke mere plads' });
  }

  /** The alert that the browser lets the app store nothing at all. */
  storageRefused(): Locator {
    return this.page
      .getByRole('alert')
      .filter({ hasText: 'Browseren lader ikke Godt begyndt gemme data' });
  }

  /** The alert that another tab opened the database with a newer version of the app. */
  databaseUpgradedElsewhere(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Der er kommet en ny version' });
  }

  /** The alert's button that reloads the page with the newer version. */
  reloadAfterUpgradeElsewhere(): Locator {
    return this.databaseUpgradedElsewhere().getByRole('button', { name: 'Genindlæs' });
  }

  /** The banner that a new version of the app is ready (its service worker waits). */
  updateBanner(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'ny version af Godt begyndt' });
  }

  reloadForUpdate(): Locator {
    return this.updateBanner().getByRole('button', { name: 'Genindlæs og brug den nye version' });
  }
}
