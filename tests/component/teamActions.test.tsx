import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { createHire } from '../../src/db/hireWrites';
import { createTeam } from '../../src/db/teams';
import { renderApp } from './renderApp';
import { hireDraft } from '../support/records';

describe('team actions', () => {
  it('renames a team, and refuses an empty name', async () => {
    const team = await createTeam('Team A');
    const { user } = await renderApp(`/teams/${team.id}`);
    await user.click(await screen.findByRole('button', { name: 'Omdøb' }));
    const field = screen.getByLabelText('Nyt navn til teamet');
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(field).toHaveAccessibleDescription(/Skal udfyldes/);
    expect((await db.teams.get(team.id))?.name).toBe('Team A');

    await user.type(field, 'Team B');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Team B' })).toBeInTheDocument();
  });

  it('archives and brings back a team without losing anything', async () => {
    const team = await createTeam('Team A');
    const { user } = await renderApp(`/teams/${team.id}`);
    await user.click(await screen.findByRole('button', { name: 'Arkivér' }));
    expect(await screen.findByText(/Teamet er arkiveret/)).toBeInTheDocument();
    expect((await db.teams.get(team.id))?.archivedAt).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Hent frem fra arkivet' }));
    await waitFor(async () => expect((await db.teams.get(team.id))?.archivedAt).toBeNull());
    expect(await db.items.where('ownerId').equals(team.id).count()).toBe(9);
  });

  it('deletes a team and everything it owns only after confirmation', async () => {
    const team = await createTeam('Team A');
    const other = await createTeam('Team B');
    const hire = await createHire(team.id, hireDraft());
    const { user, currentLocation } = await renderApp(`/teams/${team.id}`);

    await user.click(await screen.findByRole('button', { name: 'Slet team' }));
    const dialog = screen.getByRole('dialog', { name: 'Slet teamet »Team A«?' });
    expect(dialog).toHaveTextContent('1 peer-medarbejder');
    await user.click(screen.getByRole('button', { name: 'Annullér' }));
    expect(await db.teams.count()).toBe(2);

    await user.click(screen.getByRole('button', { name: 'Slet team' }));
    await user.click(screen.getByRole('button', { name: 'Slet teamet' }));
    await waitFor(() => expect(currentLocation()?.pathname).toBe('/'));
    expect(await db.teams.toArray()).toEqual([expect.objectContaining({ id: other.id })]);
    expect(await db.hires.count()).toBe(0);
    expect(await db.items.where('ownerId').anyOf([team.id, hire.id]).count()).toBe(0);
    expect(await db.talks.where('hireId').equals(hire.id).count()).toBe(0);
    expect(await db.items.where('ownerId').equals(other.id).count()).toBe(9);
  });
});

describe('hire actions', () => {
  it('edits a hire and keeps its checklist', async () => {
    const team = await createTeam('Team A');
    const hire = await createHire(team.id, hireDraft());
    const { user } = await renderApp(`/hires/${hire.id}/edit`);
    const name = await screen.findByLabelText('Navn eller initialer');
    await user.clear(name);
    await user.type(name, 'Maja K.');
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Maja K.' })).toBeInTheDocument();
    expect(await db.items.where('ownerId').equals(hire.id).count()).toBe(4);
  });

  it('deletes a hire after confirmation and returns to the team', async () => {
    const team = await createTeam('Team A');
    const hire = await createHire(team.id, hireDraft());
    const { user, currentLocation } = await renderApp(`/hires/${hire.id}`);
    await user.click(await screen.findByRole('button', { name: 'Slet' }));
    await user.click(screen.getByRole('button', { name: 'Slet peer-medarbejderen' }));
    await waitFor(() => expect(currentLocation()?.pathname).toBe(`/teams/${team.id}`));
    expect(await db.hires.count()).toBe(0);
    expect(await db.items.where('ownerId').equals(hire.id).count()).toBe(0);
  });

  it('creates the three follow-up talks with the hire', async () => {
    const team = await createTeam('Team A');
    const hire = await createHire(team.id, hireDraft());
    const talks = await db.talks.where('hireId').equals(hire.id).sortBy('date');
    expect(talks.map((talk) => [talk.key, talk.date])).toEqual([
      ['after-14-days', '2027-03-30'],
      ['week-before-midpoint', '2027-04-23'],
      ['three-weeks-before-end', '2027-05-24'],
    ]);
  });
});
