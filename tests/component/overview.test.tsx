import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listItems, setItemDone } from '../../src/db/checklist';
import { createHire } from '../../src/db/hireWrites';
import { listTalks } from '../../src/db/talkReads';
import { setTalkStatus } from '../../src/db/talkWrites';
import { createTeam } from '../../src/db/teams';
import { renderApp } from './renderApp';
import { hireDraft } from '../support/records';

async function seedTeam(name: string, hires: number) {
  const team = await createTeam(name);
  for (let n = 1; n <= hires; n += 1) {
    await createHire(team.id, hireDraft({ name: `${name} peer ${n}` }));
  }
  return team;
}

describe('the overview with many hires', () => {
  it('lists five hires per team at first, the rest on request, with their progress', async () => {
    await seedTeam('Nord', 7);
    const { user } = await renderApp('/');
    const list = await screen.findByRole('list', { name: 'Peer-medarbejdere i Nord' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByText('1 team, 7 peer-medarbejdere')).toBeInTheDocument();

    // Let the cards finish reading their progress before using them (newest hire first).
    await screen.findByRole('progressbar', { name: 'Nord peer 7, Onboarding: 0 af 4 på plads' });
    const more = screen.getByRole('button', { name: /Vis alle 7 peer-medarbejdere/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    await waitFor(() => expect(more).toHaveAttribute('aria-expanded', 'true'));
    expect(within(list).getAllByRole('listitem')).toHaveLength(7);
    expect(
      await screen.findByRole('progressbar', { name: 'Nord peer 1, Onboarding: 0 af 4 på plads' }),
    ).toBeInTheDocument();
  });

  it('shows 10 teams at first and more when asked', async () => {
    for (let n = 1; n <= 12; n += 1) await createTeam(`Team ${n}`);
    const { user } = await renderApp('/');
    const more = await screen.findByRole('button', { name: /Vis flere teams \(10 af 12/ });
    // Newest first: the two oldest teams wait for the button.
    expect(screen.queryByRole('link', { name: 'Team 1' })).not.toBeInTheDocument();
    await user.click(more);
    expect(await screen.findByRole('link', { name: 'Team 1' })).toBeInTheDocument();
  });

  it('finds hires by name and teams by name as the user types, and says how many', async () => {
    await seedTeam('Nord', 3);
    await seedTeam('Syd', 2);
    const { user } = await renderApp('/');
    const search = await screen.findByRole('searchbox', {
      name: 'Find et team eller en peer-medarbejder',
    });

    await user.type(search, 'nord peer 2');
    expect(await screen.findByText('1 team passer, 1 peer-medarbejder')).toBeInTheDocument();
    // The cards follow the count: they render as a transition once their details are read.
    expect(await screen.findByRole('link', { name: 'Nord peer 2' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nord peer 1' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Syd' })).not.toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'SYD');
    expect(await screen.findByText('1 team passer, 2 peer-medarbejdere')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Syd peer 1' })).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'xyz');
    expect(await screen.findByText(/Intet team eller nogen peer-medarbejder/)).toBeInTheDocument();
  });

  it('keeps progress live: a tick elsewhere shows on the overview', async () => {
    const team = await seedTeam('Nord', 1);
    await renderApp('/');
    await screen.findByRole('progressbar', {
      name: 'Nord, Forberedelse af teamet: 0 af 9 på plads',
    });
    const [first] = await listItems(team.id);
    await setItemDone(first!, true);
    expect(
      await screen.findByRole('progressbar', {
        name: 'Nord, Forberedelse af teamet: 1 af 9 på plads',
      }),
    ).toBeInTheDocument();
    // The change is announced politely.
    expect(screen.getByText('Nord, Forberedelse af teamet: 1 af 9 på plads')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it("shows each hire's own next talk, and the one after once it is held", async () => {
    const team = await createTeam('Nord');
    const hire = (name: string, startDate: string) =>
      createHire(team.id, hireDraft({ name, startDate, probationMonths: 6 }));
    const anna = await hire('Anna', '2099-03-02');
    await hire('Bo', '2099-06-01');
    await renderApp('/');
    const rowOf = async (name: string) =>
      (await screen.findByRole('link', { name })).closest('li') as HTMLElement;

    // The first talk is 14 days after the start, both Mondays here.
    expect(
      await within(await rowOf('Anna')).findByText(/Næste samtale: .*16\. marts 2099/),
    ).toBeInTheDocument();
    expect(
      await within(await rowOf('Bo')).findByText(/Næste samtale: .*15\. juni 2099/),
    ).toBeInTheDocument();

    const [first] = await listTalks(anna.id);
    await setTalkStatus(first!.id, 'held');
    await waitFor(() =>
      expect(
        within(screen.getByRole('link', { name: 'Anna' }).closest('li')!).getByText(
          /Næste samtale/,
        ),
      ).not.toHaveTextContent('16. marts 2099'),
    );
    expect(within(await rowOf('Bo')).getByText(/Næste samtale/)).toHaveTextContent('15. juni 2099');
  });
});
