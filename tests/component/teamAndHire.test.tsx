import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { createTeam } from '../../src/db/teams';
import { renderApp } from './renderApp';

describe('creating a team and a hire', () => {
  it('shows the empty state, then creates a team with the guide checklist', async () => {
    const { user } = await renderApp('/');
    expect(await screen.findByText('Kom i gang: opret jeres team')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Teamets navn'), 'Bostøtten Nord');
    await user.click(screen.getByRole('button', { name: 'Opret team' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bostøtten Nord' }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Forberedelse af teamet' });
    expect(within(list).getAllByRole('checkbox')).toHaveLength(9);
    expect(await db.teams.count()).toBe(1);
  });

  it('refuses an empty team name with a message at the field and saves nothing', async () => {
    const { user } = await renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Opret team' }));
    expect(screen.getByLabelText('Teamets navn')).toHaveAccessibleDescription(/Skal udfyldes/);
    expect(await db.teams.count()).toBe(0);
  });

  it('validates the hire form field by field and saves nothing until it is valid', async () => {
    const team = await createTeam('Team A');
    const { user } = await renderApp(`/teams/${team.id}/hires/new`);
    const probation = await screen.findByLabelText('Prøvetid i måneder');
    await user.clear(probation);
    await user.type(probation, '7');
    await user.type(screen.getByLabelText('Timer om ugen (valgfri)'), '60');
    await user.click(screen.getByRole('button', { name: 'Tilføj peer-medarbejder' }));

    expect(screen.getByLabelText('Navn eller initialer')).toHaveAccessibleDescription(
      /Skal udfyldes/,
    );
    expect(screen.getByLabelText('Første arbejdsdag')).toHaveAccessibleDescription(/Skal udfyldes/);
    expect(probation).toHaveAccessibleDescription(/fra 1 til 6/);
    expect(screen.getByLabelText('Timer om ugen (valgfri)')).toHaveAccessibleDescription(
      /fra 1 til 48/,
    );
    expect(await db.hires.count()).toBe(0);
  });

  it('shows notices (not errors) for a long probation and unusual hours, and saves', async () => {
    const team = await createTeam('Team A');
    const { user, currentLocation } = await renderApp(`/teams/${team.id}/hires/new`);
    await user.type(await screen.findByLabelText('Navn eller initialer'), 'MK');
    await user.type(screen.getByLabelText('Første arbejdsdag'), '2027-03-15');
    const probation = screen.getByLabelText('Prøvetid i måneder');
    await user.clear(probation);
    await user.type(probation, '4');
    await user.type(screen.getByLabelText('Timer om ugen (valgfri)'), '8');
    expect(screen.getByText(/højst være 3 måneder/)).toBeInTheDocument();
    expect(screen.getByText(/mellem 12 og 37 timer/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tilføj peer-medarbejder' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'MK' })).toBeInTheDocument();
    const [hire] = await db.hires.toArray();
    expect(hire).toMatchObject({
      name: 'MK',
      startDate: '2027-03-15',
      probationMonths: 4,
      weeklyHours: 8,
    });
    expect(currentLocation()?.pathname).toBe(`/hires/${hire?.id}`);
    expect(
      within(await screen.findByRole('list', { name: 'Onboarding' })).getAllByRole('checkbox'),
    ).toHaveLength(4);
  });
});
