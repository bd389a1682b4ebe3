import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { createTeam, deleteTeam } from '../../src/db/teams';
import { saveAnswer } from '../../src/db/worksheet';
import { renderApp } from './renderApp';

const RECOVERY = /Hvad er vores fælles forståelse af recovery/;
const EVALUATION = /Hvordan og hvornår følger vi op/;

describe('team-day worksheet', () => {
  it('is reached from the team-day item of the team-preparation checklist', async () => {
    const team = await createTeam('Bostøtten');
    const { user } = await renderApp(`/teams/${team.id}`);
    await user.click(await screen.findByRole('link', { name: 'Åbn arbejdsarket til teamdagen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Teamdag: Bostøtten' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('textbox')).toHaveLength(5);
  });

  it('saves answers as you type and shows them again after a remount', async () => {
    const team = await createTeam('Bostøtten');
    const first = await renderApp(`/teams/${team.id}/worksheet`);
    await first.user.type(await screen.findByRole('textbox', { name: RECOVERY }), 'Egne mål først');
    // No blur: the debounced save alone must commit it.
    expect(await screen.findByText('Gemt')).toBeInTheDocument();
    await first.user.type(screen.getByRole('textbox', { name: EVALUATION }), 'Fast punkt');
    await first.user.tab();
    expect(await db.answers.get(`${team.id}:evaluation`)).toMatchObject({ text: 'Fast punkt' });
    first.unmount();

    await renderApp(`/teams/${team.id}/worksheet`);
    expect(await screen.findByRole('textbox', { name: RECOVERY })).toHaveValue('Egne mål først');
    expect(screen.getByRole('textbox', { name: EVALUATION })).toHaveValue('Fast punkt');
    expect(await db.answers.where('teamId').equals(team.id).count()).toBe(2);
  });

  it("keeps each team's answers apart and deletes them with the team", async () => {
    const teamA = await createTeam('A');
    const teamB = await createTeam('B');
    await saveAnswer(teamA.id, 'missing', 'Tid i kalenderen');
    await renderApp(`/teams/${teamB.id}/worksheet`);
    expect(
      await screen.findByRole('textbox', { name: /Hvad mangler vi for at lykkes/ }),
    ).toHaveValue('');
    await deleteTeam(teamA.id);
    expect(await db.answers.count()).toBe(0);
  });

  it('refuses to store an answer for a team that no longer exists', async () => {
    await expect(saveAnswer('gone', 'recovery', 'tekst')).rejects.toThrow();
    expect(await db.answers.count()).toBe(0);
  });
});
