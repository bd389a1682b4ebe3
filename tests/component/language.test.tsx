import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTeam } from '../../src/db/teams';
import { renderApp } from './renderApp';

describe('language', () => {
  it('switches to English at once, remembers it, and translates the guide items', async () => {
    const team = await createTeam('Team A');
    const { user } = await renderApp(`/teams/${team.id}`);
    expect(
      await screen.findByRole('heading', { name: 'Forberedelse af teamet' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Team preparation' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('godt-begyndt.language')).toBe('en');
    expect(screen.getByRole('list', { name: 'Team preparation' })).toBeInTheDocument();
  });
});
