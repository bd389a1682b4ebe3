import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createHire } from '../../src/db/hireWrites';
import { listTalks } from '../../src/db/talkReads';
import { setTalkNotes, setTalkStatus } from '../../src/db/talkWrites';
import { createTeam } from '../../src/db/teams';
import { renderApp } from './renderApp';
import { hireDraft } from '../support/records';

async function teamWithHire(teamName: string, hireName: string, startDate = '2027-03-15') {
  const team = await createTeam(teamName);
  const hire = await createHire(team.id, hireDraft({ name: hireName, startDate }));
  return { team, hire, talks: await listTalks(hire.id) };
}

const talkSheets = () => screen.getAllByRole('article');

describe('team calendar', () => {
  it('lists upcoming talks by month with weekday, date, week and participants', async () => {
    const { team } = await teamWithHire('Bostøtten Nord', 'MK');
    await renderApp(`/teams/${team.id}/calendar`);
    await screen.findByRole('heading', { level: 1, name: 'Kalender for Bostøtten Nord' });

    const months = (await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent);
    expect(months).toEqual(['Marts 2027', 'April 2027', 'Maj 2027']);
    const first = talkSheets()[0]!;
    expect(first).toHaveTextContent('tirsdag 30. marts 2027');
    expect(first).toHaveTextContent('uge 13');
    expect(within(first).getByRole('link', { name: 'MK' })).toBeInTheDocument();
    expect(first).toHaveTextContent('Samtale efter 14 dage');
    expect(first).toHaveTextContent('Peer-medarbejder og leder');
  });

  it('hides past, held and cancelled talks until asked to show them', async () => {
    const { team, talks } = await teamWithHire('Team A', 'MK');
    await createHire(team.id, hireDraft({ name: 'Tidligere', startDate: '2020-01-06' }));
    await setTalkStatus(talks[0]!.id, 'held');
    await setTalkStatus(talks[1]!.id, 'cancelled');
    const { user } = await renderApp(`/teams/${team.id}/calendar`);
    await screen.findByRole('heading', { level: 2, name: 'Maj 2027' });
    expect(talkSheets()).toHaveLength(1);
    expect(screen.queryByText('Tidligere')).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('Vis også tidligere, holdte og aflyste samtaler'));
    expect(await screen.findAllByRole('link', { name: 'Tidligere' })).toHaveLength(3);
    expect(talkSheets()).toHaveLength(6);
    expect(screen.getByText('Holdt')).toBeInTheDocument();
    expect(screen.getByText('Aflyst')).toBeInTheDocument();
  });

  it('shows every team from the main menu', async () => {
    await teamWithHire('Team A', 'MK');
    await teamWithHire('Team B', 'Søs', '2027-04-01');
    const { user } = await renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Kalender' }));
    await screen.findByRole('heading', { level: 1, name: 'Kalender' });
    // On screen each talk's heading says the team; so does each row of the printed table.
    for (const selector of ['h3', 'td']) {
      expect(await screen.findAllByText(/\(Team A\)/, { selector })).toHaveLength(3);
      expect(screen.getAllByText(/\(Team B\)/, { selector })).toHaveLength(3);
    }
  });

  it('is linked from the team page', async () => {
    const { team } = await teamWithHire('Team A', 'MK');
    const { user, currentLocation } = await renderApp(`/teams/${team.id}`);
    await user.click(await screen.findByRole('link', { name: 'Teamets kalender' }));
    await screen.findByRole('heading', { level: 1, name: 'Kalender for Team A' });
    expect(currentLocation()?.pathname).toBe(`/teams/${team.id}/calendar`);
  });
});

describe('printable plan for one hire', () => {
  it('shows the hire, team, start, last day and every talk, but never private notes', async () => {
    const { hire, talks } = await teamWithHire('Bostøtten Nord', 'MK');
    await setTalkNotes(talks[0]!.id, 'Privat: aftalt skånehensyn');
    const { user, currentLocation } = await renderApp(`/hires/${hire.id}`);
    await user.click(await screen.findByRole('link', { name: 'Udskriv plan' }));
    await screen.findByRole('heading', { level: 1, name: 'Opfølgningsplan for MK' });
    expect(currentLocation()?.pathname).toBe(`/hires/${hire.id}/print`);
    expect(screen.getByText('Bostøtten Nord')).toBeInTheDocument();
    expect(screen.getByText('mandag 15. marts 2027 (uge 11)')).toBeInTheDocument();
    expect(screen.getByText('mandag 14. juni 2027 (uge 24)')).toBeInTheDocument();
    expect(talkSheets()).toHaveLength(3);
    expect(screen.getByText('Hvordan er de første to uger gået?')).toBeInTheDocument();
    expect(screen.getByText(/CC BY-NC 4\.0/, { selector: '.print-footer p' })).toBeInTheDocument();
    expect(screen.queryByText(/skånehensyn/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Dagen er en fridag/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Udskriv' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hent kalenderfil (.ics)' })).toBeInTheDocument();
  });

  it('says, as the plan does, when the last day to give notice is a day off', async () => {
    // 13 March 2027 + 3 months ends 12 June; notice by Saturday 29 May.
    const { hire } = await teamWithHire('Bostøtten Nord', 'MK', '2027-03-13');
    await renderApp(`/hires/${hire.id}/print`);
    expect(
      await screen.findByText(
        'Dagen er en fridag (lørdag). Den sidste arbejdsdag før er fredag 28. maj 2027 (uge 21).',
      ),
    ).toBeInTheDocument();
  });

  it('tells when the hire does not exist', async () => {
    await renderApp('/hires/missing/print');
    expect(await screen.findByRole('heading', { name: 'Siden findes ikke' })).toBeInTheDocument();
  });
});
