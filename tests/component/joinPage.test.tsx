import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/config/paths';
import { db } from '../../src/db/db';
import { deleteAllDataAndStopSync } from '../../src/db/teamSync';
import { joinFragment } from '../../src/domain/joinLink';
import { renderApp } from './renderApp';

const link = paths.join.href(
  joinFragment({ server: 'https://sync.example.dk', invitation: 'abcdefghijklmnop_-12' }),
);

function serverRefuses(error: string) {
  const fetchMock = vi.fn(() =>
    Promise.resolve(new Response(JSON.stringify({ error }), { status: 410 })),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await deleteAllDataAndStopSync();
});

describe('opening an invitation link', () => {
  it('says the link is incomplete when the invitation is missing from it', async () => {
    await renderApp(paths.join.href('server=https%3A%2F%2Fsync.example.dk'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Linket er ikke helt' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hent teamet' })).not.toBeInTheDocument();
  });

  it('says the link is incomplete when the invitation in it was altered', async () => {
    await renderApp(link.replace('abcdefghijklmnop', 'abc%3Cdefghijklmnop'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Linket er ikke helt' }),
    ).toBeInTheDocument();
  });

  it.each([
    ['invitation-used', /Invitationen er allerede brugt/],
    ['invitation-expired', /Invitationen er udløbet/],
  ])('says what to do when the server answers %s, and stores nothing', async (code, text) => {
    const fetchMock = serverRefuses(code);
    const { user } = await renderApp(link);
    expect(
      await screen.findByText(/adgang til et team på serveren https:\/\/sync.example.dk/),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Navn på denne enhed'), 'Bos telefon');
    await user.click(screen.getByRole('button', { name: 'Hent teamet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(await db.teams.count()).toBe(0);
  });
});
