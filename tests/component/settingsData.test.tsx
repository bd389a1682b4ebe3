import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../src/db/backup';
import { db } from '../../src/db/db';
import { createTeam } from '../../src/db/teams';
import { useAppUpdate } from '../../src/store/appUpdate';
import { hireFixture } from './fixtures';
import { renderApp } from './renderApp';

function stubStorage(persisted: boolean) {
  vi.stubGlobal('navigator', {
    ...navigator,
    storage: { persisted: () => Promise.resolve(persisted), persist: () => Promise.resolve(false) },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  useAppUpdate.setState({ applyUpdate: null });
});

describe('settings: your data', () => {
  it('says when the browser has not promised to keep the data, and offers backup', async () => {
    stubStorage(false);
    await renderApp('/settings');
    expect(await screen.findByText(/ikke lovet at gemme dine data varigt/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sikkerhedskopi og gendannelse' })).toHaveAttribute(
      'href',
      '/settings/backup',
    );
  });

  it('says when the browser keeps the data', async () => {
    stubStorage(true);
    await renderApp('/settings');
    expect(await screen.findByText(/har lovet at gemme dine data varigt/)).toBeInTheDocument();
  });

  it('shows the date of the last backup', async () => {
    await createTeam('Team A');
    await createBackup({ kind: 'all' });
    await renderApp('/settings');
    expect(
      await screen.findByText(/Seneste sikkerhedskopi af alle data på denne enhed: .*20\d\d/),
    ).toBeInTheDocument();
  });

  it('deletes all data on this device after a confirmation, and the app is empty and usable', async () => {
    await hireFixture();
    const { user } = await renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Slet alle data på denne enhed' }));
    const dialog = screen.getByRole('dialog', { name: 'Slet alle data på denne enhed?' });
    await user.click(within(dialog).getByRole('button', { name: 'Slet alt' }));

    expect(await screen.findByText('Alle data på denne enhed er slettet.')).toBeInTheDocument();
    for (const table of db.tables) expect(await table.count()).toBe(0);

    await user.click(screen.getByRole('link', { name: 'Overblik' }));
    expect(await screen.findByText('Kom i gang: opret jeres team')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Teamets navn'), 'Nyt team');
    await user.click(screen.getByRole('button', { name: 'Opret team' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nyt team' })).toBeInTheDocument();
  });

  it('keeps everything when the deletion is cancelled', async () => {
    await createTeam('Team A');
    const { user } = await renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Slet alle data på denne enhed' }));
    await user.click(screen.getByRole('button', { name: 'Annullér' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.teams.count()).toBe(1);
  });
});

describe('a new version of the app', () => {
  it('is announced with a reload button that switches to it', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText('Der er en ny version af Godt begyndt klar.')).toBeNull();
    const applyUpdate = vi.fn();
    act(() => useAppUpdate.getState().setApplyUpdate(applyUpdate));
    await user.click(
      await screen.findByRole('button', { name: 'Genindlæs og brug den nye version' }),
    );
    expect(applyUpdate).toHaveBeenCalledOnce();
  });
});
