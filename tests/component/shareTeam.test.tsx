import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import { deleteAllDataAndStopSync, getTeamSyncLink } from '../../src/db/teamSync';
import { createTeam } from '../../src/db/teams';
import { renderApp } from './renderApp';

/** The sync server's HTTP answers, at the fetch boundary; `null` is no answer at all. */
function serverAnswers(...answers: ({ status: number; body: unknown } | null)[]) {
  const fetchMock = vi.fn(() => {
    const answer = answers.shift();
    if (!answer) return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await deleteAllDataAndStopSync();
});

async function openShareForm() {
  const team = await createTeam('Team A');
  const rendered = await renderApp(`/teams/${team.id}`);
  await rendered.user.clear(await screen.findByLabelText('Serverens adresse'));
  return { team, ...rendered };
}

describe('sharing a team', () => {
  it('asks for a real server address and a device name before asking the server', async () => {
    const fetchMock = serverAnswers();
    const { user } = await openShareForm();
    await user.type(screen.getByLabelText('Serverens adresse'), 'ftp://sync');
    await user.click(screen.getByRole('button', { name: 'Del teamet' }));
    expect(screen.getByLabelText('Serverens adresse')).toHaveAccessibleDescription(
      /Skriv serverens adresse/,
    );
    expect(screen.getByLabelText('Navn på denne enhed')).toHaveAccessibleDescription(
      /Skriv et navn til denne enhed/,
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says so when the server does not answer, and the team stays unshared', async () => {
    serverAnswers(null);
    const { user, team } = await openShareForm();
    await user.type(screen.getByLabelText('Serverens adresse'), 'sync.example.dk');
    await user.type(screen.getByLabelText('Navn på denne enhed'), 'Annes bærbare');
    await user.click(screen.getByRole('button', { name: 'Del teamet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Serveren svarer ikke/);
    expect(await getTeamSyncLink(team.id)).toBeNull();
  });

  it('shares the team and says through which server', async () => {
    const { user, team } = await openShareForm();
    serverAnswers({
      status: 201,
      body: { teamId: team.id, deviceId: 'd1', token: 'secret', role: 'manager' },
    });
    await user.type(screen.getByLabelText('Serverens adresse'), 'sync.example.dk');
    await user.type(screen.getByLabelText('Navn på denne enhed'), 'Annes bærbare');
    await user.click(screen.getByRole('button', { name: 'Del teamet' }));
    expect(await screen.findByText(/Teamet er delt via https:\/\/sync.example.dk/)).toBeVisible();
    expect((await getTeamSyncLink(team.id))?.token).toBe('secret');
  });

  it('offers to share a copy when the server already knows the team', async () => {
    const { user, team } = await openShareForm();
    serverAnswers({ status: 409, body: { error: 'team-exists' } });
    await user.type(screen.getByLabelText('Serverens adresse'), 'sync.example.dk');
    await user.type(screen.getByLabelText('Navn på denne enhed'), 'Annes bærbare');
    await user.click(screen.getByRole('button', { name: 'Del teamet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/kender allerede dette team/);

    const fetchMock = serverAnswers({
      status: 201,
      body: { teamId: 'copy', deviceId: 'd1', token: 'secret', role: 'manager' },
    });
    await user.click(screen.getByRole('button', { name: 'Del som kopi' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Team A (delt kopi)' }),
    ).toBeInTheDocument();
    const copy = (await db.teams.toArray()).find(({ id }) => id !== team.id);
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const sent = JSON.parse(String(init.body)) as { teamId: string };
    expect(sent.teamId).toBe(copy?.id);
    expect(await db.teams.get(team.id)).toBeDefined();
  });
});
