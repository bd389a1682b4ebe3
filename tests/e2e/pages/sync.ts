import type { Locator, Page } from 'playwright-core';

/** What the status line may say (Danish), e.g. "Synkroniseret". */
export type SyncState = 'Synkroniseret' | 'Serveren afviste adgangen' | RegExp;

/** Sharing a team with other devices, on the team's page, and its sync status line. */
export class SyncPart {
  constructor(private readonly page: Page) {}

  /** The calm status line of a shared team. */
  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Synkronisering:' });
  }

  /** Waits until the status line says `state`. */
  async waitForStatus(state: SyncState) {
    await this.status().filter({ hasText: state }).waitFor();
  }

  /** Shares the team on the server; this device becomes its manager device. */
  async share(server: string, deviceName: string) {
    await this.page.getByLabel('Serverens adresse').fill(server);
    await this.page.getByLabel('Navn på denne enhed').fill(deviceName);
    await this.page.getByRole('button', { name: 'Del teamet' }).click();
    await this.page.getByText(/^Teamet er delt via/).waitFor();
  }

  /** Makes a one-time invitation for the role; resolves to its link. */
  async invite(role: 'Leder' | 'Medarbejder'): Promise<string> {
    await this.page.getByRole('radio', { name: role }).check();
    await this.page.getByRole('button', { name: 'Lav invitation' }).click();
    const field = this.page.getByLabel(/^Invitationslink/);
    await field.waitFor();
    return field.inputValue();
  }

  /** Revokes a device's access from the device list, confirming in the dialog. */
  async revoke(name: string) {
    await this.page.getByRole('button', { name: `Fjern adgang for ${name}` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Fjern adgang' }).click();
  }

  /** The device list's row of a device. */
  deviceRow(name: string): Locator {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name }) });
  }
}

/** The page an invitation link opens. */
export class JoinPage {
  constructor(private readonly page: Page) {}

  /** Confirms with this device's name; waits until the team's page is open. */
  async join(deviceName: string, team: string) {
    await this.page.getByRole('heading', { level: 1, name: 'Deltag i et team' }).waitFor();
    await this.page.getByLabel('Navn på denne enhed').fill(deviceName);
    await this.page.getByRole('button', { name: 'Hent teamet' }).click();
    await this.page.getByRole('heading', { level: 1, name: team }).waitFor();
  }
}
