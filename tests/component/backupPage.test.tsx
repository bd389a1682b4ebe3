import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../src/db/backup';
import { db } from '../../src/db/db';
import { getBackupStatus } from '../../src/db/device';
import { createHire } from '../../src/db/hireWrites';
import { createTeam } from '../../src/db/teams';
import { localIsoDate } from '../../src/domain/dates';
import { sampleBackup, sampleText } from '../support/backupFixture';
import { catchDownloads } from '../support/downloads';
import { failStorageWrites, holdStore } from '../support/storage';
import { renderApp } from './renderApp';
import { hireDraft } from '../support/records';

function jsonFile(text: string, name = 'backup.json') {
  return new File([text], name, { type: 'application/json' });
}

async function teamNames() {
  return (await db.teams.toArray()).map((team) => team.name).sort();
}

describe('backup page', () => {
  it('says the file holds personal data, and downloads a dated file with all data', async () => {
    const team = await createTeam('Bostøtten Nord');
    await createHire(team.id, hireDraft());
    const downloads = catchDownloads();
    const { user } = await renderApp('/settings/backup');
    expect(await screen.findByText('Filen indeholder personoplysninger')).toBeInTheDocument();
    expect(
      await screen.findByText(/endnu ikke gemt en sikkerhedskopi af alle data/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hent sikkerhedskopi' }));
    const fileName = `godt-begyndt-backup-${localIsoDate(new Date())}.json`;
    expect(await screen.findByText(new RegExp(`${fileName} er hentet`))).toBeInTheDocument();
    expect(downloads.map((file) => file.name)).toEqual([fileName]);
    const result = parseBackup(await downloads[0]!.blob.text());
    expect(result.ok && result.backup.data.hires.map((hire) => hire.name)).toEqual(['MK']);
    expect(await screen.findByText(/Seneste sikkerhedskopi af alle data/)).toBeInTheDocument();
    expect((await getBackupStatus()).unsavedSince).toBeNull();
  });

  it('downloads one team under a name that says which', async () => {
    await createTeam('Andet team');
    await createTeam('Bostøtten Nord');
    const downloads = catchDownloads();
    const { user } = await renderApp('/settings/backup');
    const option = await screen.findByRole('option', {
      name: 'Kun teamet »Bostøtten Nord« med dets peer-medarbejdere',
    });
    await user.selectOptions(screen.getByLabelText('Hvad skal med i filen?'), option);
    await user.click(screen.getByRole('button', { name: 'Hent sikkerhedskopi' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe(
      `godt-begyndt-backup-bostoetten-nord-${localIsoDate(new Date())}.json`,
    );
    const result = parseBackup(await downloads[0]!.blob.text());
    expect(result.ok && result.backup.data.teams.map((team) => team.name)).toEqual([
      'Bostøtten Nord',
    ]);
  });

  it.each([
    ['a file that is not JSON', 'Hej, her er min liste', /kan ikke læses/],
    ['a truncated backup', sampleText().slice(0, 300), /kan ikke læses/],
    ['a backup from a newer app', sampleText((file) => (file.version = 7 as 1)), /nyere version/],
    [
      'a backup with a wrong type',
      sampleText((file) => (file.data.hires[0]!.startDate = '15-03-2027')),
      /ikke er gyldige[\s\S]*data\.hires\[0\]\.startDate/,
    ],
  ])('refuses %s with a message at the field and changes nothing', async (_name, text, message) => {
    await createTeam('Mit team');
    const { user } = await renderApp('/settings/backup');
    const input = await screen.findByLabelText('Vælg en sikkerhedskopi (.json)');
    await user.upload(input, jsonFile(text));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('button', { name: 'Gendan' })).not.toBeInTheDocument();
    expect(await teamNames()).toEqual(['Mit team']);
  });

  it('refuses an oversize file', async () => {
    const { user } = await renderApp('/settings/backup');
    const input = await screen.findByLabelText('Vælg en sikkerhedskopi (.json)');
    const huge = jsonFile('');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    await user.upload(input, huge);
    expect(await screen.findByRole('alert')).toHaveTextContent(/for stor/);
  });

  it('shows what a file holds, then replaces everything after a confirmation', async () => {
    await createTeam('Mit team');
    const { user } = await renderApp('/settings/backup');
    await user.upload(
      await screen.findByLabelText('Vælg en sikkerhedskopi (.json)'),
      jsonFile(sampleText()),
    );
    const preview = await screen.findByRole('heading', { name: 'Filen indeholder' });
    const box = preview.parentElement!;
    expect(within(box).getByText('Bostøtten Nord')).toBeInTheDocument();
    expect(within(box).getByText(/MK – første arbejdsdag 15\. marts 2027/)).toBeInTheDocument();
    expect(
      within(box).getByText(/1 team · 1 peer-medarbejder · 2 tjeklistepunkter · 1 samtale/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Erstat alt på denne enhed' }));
    await user.click(screen.getByRole('button', { name: 'Gendan' }));
    const dialog = screen.getByRole('dialog', { name: 'Erstat alle data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Erstat alt' }));

    expect(await screen.findByText(/Gendannet: 1 team og 1 peer-medarbejder/)).toBeInTheDocument();
    expect(await teamNames()).toEqual(['Bostøtten Nord']);
    // A restored talk counts as changed for calendars: only its SEQUENCE differs. The file's
    // random talk id gives way to the stable one, and the calendar UID stays the file's.
    expect(await db.talks.get('hire-1:after-14-days')).toEqual({
      ...sampleBackup().data.talks[0],
      id: 'hire-1:after-14-days',
      calendarId: 'talk-1',
      sequence: expect.any(Number),
    });
  });

  it('cancelling the confirmation changes nothing', async () => {
    await createTeam('Mit team');
    const { user } = await renderApp('/settings/backup');
    await user.upload(
      await screen.findByLabelText('Vælg en sikkerhedskopi (.json)'),
      jsonFile(sampleText()),
    );
    await user.click(await screen.findByRole('radio', { name: 'Erstat alt på denne enhed' }));
    await user.click(screen.getByRole('button', { name: 'Gendan' }));
    await user.click(screen.getByRole('button', { name: 'Annullér' }));
    expect(await teamNames()).toEqual(['Mit team']);
  });

  it('adds a file as new teams beside the existing ones', async () => {
    await createTeam('Mit team');
    const { user } = await renderApp('/settings/backup');
    await user.upload(
      await screen.findByLabelText('Vælg en sikkerhedskopi (.json)'),
      jsonFile(sampleText()),
    );
    expect(await screen.findByRole('radio', { name: 'Tilføj som nye teams' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Gendan' }));
    expect(await screen.findByText(/Gendannet/)).toBeInTheDocument();
    expect(await teamNames()).toEqual(['Bostøtten Nord', 'Mit team']);
    expect(await db.teams.get('team-1')).toBeUndefined();
  });

  it('on a shared team, says what each choice does to it, and adds the file as unshared teams', async () => {
    const shared = await createTeam('Delt team');
    await db.syncedTeams.add({ teamId: shared.id, since: new Date().toISOString() });
    const { user } = await renderApp('/settings/backup');
    await user.upload(
      await screen.findByLabelText('Vælg en sikkerhedskopi (.json)'),
      jsonFile(sampleText()),
    );
    const replace = await screen.findByRole('radio', { name: 'Erstat alt på denne enhed' });
    await waitFor(() =>
      expect(replace).toHaveAccessibleDescription(/på alle de enheder, de er delt med/),
    );
    const add = screen.getByRole('radio', { name: 'Tilføj som nye teams' });
    expect(add).toHaveAccessibleDescription(/deles ikke; de delte teams bliver, som de er/);

    await user.click(replace);
    await user.click(screen.getByRole('button', { name: 'Gendan' }));
    const dialog = screen.getByRole('dialog', { name: 'Erstat alle data?' });
    expect(within(dialog).getByText(/også erstattet på alle deres enheder/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Annullér' }));

    await user.click(add);
    await user.click(screen.getByRole('button', { name: 'Gendan' }));
    expect(await screen.findByText(/Gendannet/)).toBeInTheDocument();
    const restored = (await db.teams.toArray()).find((team) => team.name === 'Bostøtten Nord')!;
    expect(restored.id).not.toBe('team-1');
    expect(await db.hires.get('hire-1')).toBeUndefined();
    expect(await db.syncedTeams.toCollection().primaryKeys()).toEqual([shared.id]);
  });

  it('shows HTML and script in names as text, never as markup', async () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { user, container } = await renderApp('/settings/backup');
    await user.upload(
      await screen.findByLabelText('Vælg en sikkerhedskopi (.json)'),
      jsonFile(sampleText((file) => (file.data.teams[0]!.name = name))),
    );
    expect(await screen.findByText(name)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gendan' }));
    await screen.findByText(/Gendannet/);
    await user.click(screen.getAllByRole('link', { name: 'Overblik' })[0]!);
    expect(await screen.findByText(name)).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('reports a failed restore and changes nothing', async () => {
    await createTeam('Mit team');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    failStorageWrites({ stores: ['items'], errorName: 'QuotaExceededError' });
    const { user } = await renderApp('/settings/backup');
    await user.upload(
      await screen.findByLabelText('Vælg en sikkerhedskopi (.json)'),
      jsonFile(sampleText()),
    );
    await user.click(await screen.findByRole('button', { name: 'Gendan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /ikke plads nok[\s\S]*Intet er ændret/,
    );
    expect(await teamNames()).toEqual(['Mit team']);
  });

  it('restores once per intent, with progress, and counts what it really added', async () => {
    await createTeam('Mit team');
    const { user } = await renderApp('/settings/backup');
    await user.upload(
      await screen.findByLabelText('Vælg en sikkerhedskopi (.json)'),
      jsonFile(sampleText()),
    );
    // Another tab's write holds the database, so the restore is seen while it runs.
    const otherTab = await holdStore(db.name, 'teams');
    const button = await screen.findByRole('button', { name: 'Gendan' });
    await user.dblClick(button);
    expect(button).toBeDisabled();
    expect(await screen.findByRole('progressbar', { name: /poster gemt/ })).toBeInTheDocument();
    expect(screen.getByText(/Gendanner filen/)).toBeInTheDocument();
    await otherTab.release();

    expect(await screen.findByText(/Gendannet: 1 team og 1 peer-medarbejder/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(await teamNames()).toEqual(['Bostøtten Nord', 'Mit team']);
    expect(await db.hires.count()).toBe(1);
  });

  it.each([
    ['a file the database refuses', 'ConstraintError', /afviser[\s\S]*hjælper ikke/, false],
    ['a failure worth retrying', 'UnknownError', /mislykkedes[\s\S]*Prøv igen/, true],
  ])('tells %s apart', async (_name, errorName, message, retry) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    failStorageWrites({ stores: ['hires'], errorName });
    const { user } = await renderApp('/settings/backup');
    await user.upload(
      await screen.findByLabelText('Vælg en sikkerhedskopi (.json)'),
      jsonFile(sampleText()),
    );
    await user.click(await screen.findByRole('button', { name: 'Gendan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: 'Gendan' }) !== null).toBe(retry);
    expect(await teamNames()).toEqual([]);
  });

  it('lets the user choose the reminder period', async () => {
    const { user } = await renderApp('/settings/backup');
    const select = await screen.findByLabelText('Påmind mig om at tage en sikkerhedskopi');
    expect(select).toHaveValue('14');
    await user.selectOptions(select, 'Når ændringer har ventet en uge');
    await waitFor(async () => expect((await getBackupStatus()).reminderDays).toBe(7));
  });
});

describe('backup reminder', () => {
  async function oldUnsavedWork() {
    await createTeam('Team A');
    const longAgo = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000).toISOString();
    await db.device.put({ key: 'unsavedSince', value: longAgo });
  }

  it('appears when unsaved work is older than the period, and can be dismissed', async () => {
    await oldUnsavedWork();
    const { user } = await renderApp('/');
    const link = await screen.findByRole('link', { name: 'Tag en sikkerhedskopi' });
    expect(link).toHaveAttribute('href', '/settings/backup');
    await user.click(screen.getByRole('button', { name: 'Ikke nu' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Tag en sikkerhedskopi' })).toBeNull(),
    );
  });

  it('does not appear for recent work', async () => {
    await createTeam('Team A');
    await renderApp('/');
    await screen.findByRole('heading', { name: 'Team A' });
    expect(screen.queryByRole('link', { name: 'Tag en sikkerhedskopi' })).toBeNull();
  });
});
