import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { createTeam } from '../../src/db/teams';
import { referralOfTeam } from '../../src/domain/referral';
import { ReferralSummary } from '../../src/ui/ReferralSummary';
import { renderApp } from './renderApp';

async function openReferralForm(teamId: string) {
  const view = await renderApp(`/teams/${teamId}`);
  const section = await screen.findByRole('region', { name: 'Henvisning til peer-støtte' });
  expect(within(section).getByText('I har ikke skrevet en aftale ned endnu.')).toBeInTheDocument();
  await view.user.click(within(section).getByRole('button', { name: 'Skriv aftalen ned' }));
  return { ...view, section };
}

describe('referral agreement', () => {
  it('is chosen and described on the team page, shown there and stored on the team', async () => {
    const team = await createTeam('Bostøtten');
    const { user, section } = await openReferralForm(team.id);
    await user.click(
      within(section).getByRole('radio', { name: 'Kontaktpersonen sørger for kontakten' }),
    );
    await user.type(
      within(section).getByRole('textbox', { name: 'Beskriv aftalen' }),
      'Ved første samtale',
    );
    await user.click(within(section).getByRole('button', { name: 'Gem' }));

    const edit = await within(section).findByRole('button', { name: 'Ret aftalen' });
    expect(within(section).getByText('Kontaktpersonen sørger for kontakten').tagName).toBe('DD');
    expect(within(section).getByText('Ved første samtale')).toBeVisible();
    expect(within(section).queryByRole('radio')).toBeNull();
    // Focus follows once the summary has replaced the form, which may be a frame later.
    await waitFor(() => expect(edit).toHaveFocus());
    expect((await db.teams.get(team.id))?.referral).toEqual({
      ways: ['contact-person'],
      description: 'Ved første samtale',
    });
  });

  it('says what is missing and saves nothing when no way is chosen', async () => {
    const team = await createTeam('Bostøtten');
    const { user, section } = await openReferralForm(team.id);
    await user.click(within(section).getByRole('button', { name: 'Gem' }));
    expect(within(section).getByRole('group')).toHaveAccessibleDescription(
      /Vælg, hvordan brugerne kommer i kontakt/,
    );
    await user.click(within(section).getByRole('radio', { name: 'På en anden måde' }));
    await user.click(within(section).getByRole('button', { name: 'Gem' }));
    expect(
      within(section).getByRole('textbox', { name: 'Beskriv aftalen' }),
    ).toHaveAccessibleDescription(/Beskriv den måde, I har aftalt/);
    expect((await db.teams.get(team.id))?.referral).toBeUndefined();
  });

  it('is read by the peer view through referralOfTeam and ReferralSummary, read-only', async () => {
    const team = await createTeam('Bostøtten');
    expect(referralOfTeam(team)).toBeNull();
    await db.teams.update(team.id, {
      referral: { ways: ['action-plan'], description: 'Står i handleplanen' },
    });
    const referral = referralOfTeam((await db.teams.get(team.id))!);
    render(<ReferralSummary referral={referral!} />);
    expect(
      screen.getByText('Det indgår i handleplanen eller opstartssamtalen'),
    ).toBeInTheDocument();
    expect(screen.getByText('Står i handleplanen')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('opens the form with the current agreement when changing it', async () => {
    const team = await createTeam('Bostøtten');
    await db.teams.update(team.id, { referral: { ways: ['users-themselves'], description: '' } });
    const { user } = await renderApp(`/teams/${team.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ret aftalen' }));
    const chosen = screen.getByRole('radio', { name: /Brugerne tager selv kontakt/ });
    expect(chosen).toBeChecked();
    expect(chosen).toHaveFocus();
  });
});
