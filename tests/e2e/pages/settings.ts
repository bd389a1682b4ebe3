import type { Download, Locator, Page } from 'playwright-core';

/** Settings (/settings). */
export class SettingsPage {
  /** The switch for the customary days off (5 June, 24 and 31 December). */
  readonly customaryDaysOff: Locator;

  constructor(private readonly page: Page) {
    this.customaryDaysOff = page.getByRole('switch', { name: /5\. juni, 24\. og 31\. december/ });
  }

  async openBackup() {
    await this.page.getByRole('link', { name: 'Sikkerhedskopi og gendannelse' }).click();
    await this.page
      .getByRole('heading', { level: 1, name: 'Sikkerhedskopi og gendannelse' })
      .waitFor();
  }
}

type BackupFile = Parameters<Locator['setInputFiles']>[0];

/** Backup and restore (/settings/backup). */
export class BackupPage {
  readonly fileInput: Locator;
  readonly restoreButton: Locator;

  constructor(private readonly page: Page) {
    this.fileInput = page.getByLabel('Vælg en sikkerhedskopi (.json)');
    this.restoreButton = page.getByRole('button', { name: 'Gendan' });
  }

  async open() {
    await this.page.goto('/settings/backup');
  }

  /** Downloads a backup of all data. */
  async download(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Hent sikkerhedskopi' }).click(),
    ]);
    return download;
  }

  /** Shown once a full backup is taken. */
  lastFullBackup(): Locator {
    return this.page.getByText(/Seneste sikkerhedskopi af alle data/);
  }

  async choose(file: BackupFile) {
    await this.fileInput.setInputFiles(file);
  }

  /** Chooses a valid file and waits for its summary. */
  async chooseValid(file: BackupFile) {
    await this.choose(file);
    await this.page.getByRole('heading', { name: 'Filen indeholder' }).waitFor();
  }

  /** Restores the chosen file in place of everything on this device, and confirms. */
  async restoreReplacingAll() {
    await this.page.getByRole('radio', { name: 'Erstat alt på denne enhed' }).check();
    await this.restoreButton.click();
    await this.page.getByRole('button', { name: 'Erstat alt' }).click();
  }

  /** What a successful restore says, e.g. "Gendannet: 1 team". */
  restored(teams: string): Locator {
    return this.page.getByText(new RegExp(`Gendannet: ${teams}`));
  }

  /** The alert of a file the app cannot read (any one, when `text` is not given). */
  fileError(text?: string): Locator {
    const alerts = this.page.getByRole('alert');
    return text ? alerts.filter({ hasText: text }) : alerts;
  }
}
