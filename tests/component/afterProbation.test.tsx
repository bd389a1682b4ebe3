import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newItem } from '../../src/db/checklistItems';
import { db } from '../../src/db/db';
import { shareAsManager } from '../support/syncLink';
import { hireFixture } from './fixtures';
import { renderApp } from './renderApp';

// MK's probation (from 15 March 2027, 3 months) ends on 14 June 2027: due from 14 December.
const DAY_BEFORE = new Date(2027, 11, 13, 23, 30);
const DUE_DAY = new Date(2027, 11, 14, 0, 30);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(DUE_DAY);
});

afterEach(() => {
  vi.useRealTimers();
});

function noticeHeading() {
  return screen.queryByRole('heading', { name: 'Tid til at rydde op' });
}

describe('after probation', () => {
  it('shows no notice until 6 months after the probation, then says why, on the hire and in the lists', async () => {
    vi.setSystemTime(DAY_BEFORE);
    const { hire, team } = await hireFixture();
    const first = await renderApp(`/hires/${hire.id}`);
    await screen.findByRole('heading', { level: 1, name: 'MK' });
    expect(noticeHeading()).not.toBeInTheDocument();
    first.unmount();

    vi.setSystemTime(DUE_DAY);
    const second = await renderApp(`/hires/${hire.id}`);
    const notice = (await screen.findByRole('heading', { name: 'Tid til at rydde op' })).closest(
      'section',
    )!;
    expect(notice).toHaveTextContent('Prøvetiden sluttede 14. juni 2027');
    expect(notice).toHaveTextContent('GDPR artikel 5, stk. 1, litra e');
    expect(notice).toHaveTextContent(
      '6 måneder efter prøvetidens sidste dag, her fra 14. december 2027',
    );
    second.unmount();

    await renderApp(`/teams/${team.id}`);
    const row = (await screen.findByRole('link', { name: 'MK' })).closest('li')!;
    expect(within(row).getByText('Tid til oprydning')).toBeInTheDocument();
  });

  it('shows the badge on the overview only once the hire is due', async () => {
    vi.setSystemTime(DAY_BEFORE);
    await hireFixture();
    const first = await renderApp('/');
    const row = (await screen.findByRole('link', { name: 'MK' })).closest('li')!;
    await within(row).findByText(/starter 15. marts/);
    expect(within(row).queryByText('Tid til oprydning')).not.toBeInTheDocument();
    first.unmount();

    vi.setSystemTime(DUE_DAY);
    await renderApp('/');
    const dueRow = (await screen.findByRole('link', { name: 'MK' })).closest('li')!;
    expect(await within(dueRow).findByText('Tid til oprydning')).toBeInTheDocument();
  });

  it("anonymises after a confirmation: the name, every note and own items' titles go, ticks, dates and statuses stay", async () => {
    const { hire } = await hireFixture();
    const [firstItem, secondItem] = await db.items.where('ownerId').equals(hire.id).sortBy('order');
    await db.items.update(firstItem!.id, {
      done: true,
      doneAt: '2027-03-20T09:00:00.000Z',
      note: 'Anne er buddy',
    });
    await db.items.update(secondItem!.id, { note: 'Taler med Ole om medicin' });
    const own = newItem(hire.id, 'onboarding', 99, { templateId: null, title: 'Møde med Ole' });
    await db.items.add({ ...own, done: true, doneAt: '2027-04-01T09:00:00.000Z' });
    const talks = await db.talks.where('hireId').equals(hire.id).toArray();
    await db.talks.update(talks[0]!.id, { status: 'held', notes: 'Gik godt, MK var træt' });
    const itemsBefore = await db.items.where('ownerId').equals(hire.id).toArray();
    const talksBefore = await db.talks.where('hireId').equals(hire.id).toArray();

    const { user } = await renderApp(`/hires/${hire.id}`);
    await user.click(await screen.findByRole('button', { name: 'Anonymisér' }));
    const dialog = screen.getByRole('dialog', { name: 'Anonymisér »MK«?' });
    expect(dialog).toHaveTextContent('»Peer-medarbejder (anonymiseret)«');
    // Nothing happens before the confirmation.
    expect((await db.hires.get(hire.id))?.name).toBe('MK');
    await user.click(within(dialog).getByRole('button', { name: 'Anonymisér peer-medarbejderen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Peer-medarbejder (anonymiseret)' }),
    ).toBeInTheDocument();
    expect(noticeHeading()).not.toBeInTheDocument();
    expect(screen.getByText(/Anonymiseret .*navnet og noterne er fjernet/)).toBeInTheDocument();

    const stored = await db.hires.get(hire.id);
    expect(stored).toMatchObject({ ...hire, name: 'Peer-medarbejder (anonymiseret)' });
    expect(stored?.anonymisedAt).toEqual(expect.any(String));
    const itemsAfter = await db.items.where('ownerId').equals(hire.id).toArray();
    expect(itemsAfter).toEqual(
      itemsBefore.map((item) => ({
        ...item,
        note: '',
        title: item.templateId === null ? 'Eget punkt (anonymiseret)' : item.title,
      })),
    );
    const talksAfter = await db.talks.where('hireId').equals(hire.id).toArray();
    // A talk's calendar sequence rises on every write (src/db/talkSequence.ts).
    expect(talksAfter).toEqual(
      talksBefore.map((talk) => ({ ...talk, notes: '', sequence: expect.any(Number) })),
    );
    expect(JSON.stringify([itemsAfter, talksAfter])).not.toMatch(/Anne|Ole|træt/);
  });

  it('cancelling the anonymising changes nothing', async () => {
    const { hire } = await hireFixture();
    const { user } = await renderApp(`/hires/${hire.id}`);
    await user.click(await screen.findByRole('button', { name: 'Anonymisér' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Annullér' }));
    expect(await db.hires.get(hire.id)).toEqual(hire);
    expect(noticeHeading()).toBeInTheDocument();
  });

  it('deletes from the notice after the usual confirmation, on the server too on a manager device', async () => {
    const { hire, team } = await hireFixture();
    await shareAsManager(team.id);
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);

    const { user, currentLocation } = await renderApp(`/hires/${hire.id}`);
    const notice = (await screen.findByRole('heading', { name: 'Tid til at rydde op' })).closest(
      'section',
    )!;
    await user.click(within(notice).getByRole('button', { name: 'Slet peer-medarbejderen' }));
    const dialog = screen.getByRole('dialog', { name: 'Slet »MK«?' });
    expect(dialog).toHaveTextContent('på alle teamets enheder og på teamets server');
    await user.click(within(dialog).getByRole('button', { name: 'Slet peer-medarbejderen' }));

    await waitFor(() => expect(currentLocation()?.pathname).toBe(`/teams/${team.id}`));
    expect(await db.hires.get(hire.id)).toBeUndefined();
    expect(await db.items.where('ownerId').equals(hire.id).count()).toBe(0);
    expect(fetchMock).toHaveBeenCalledWith(
      `https://sync.example/api/teams/${team.id}/hires/${hire.id}`,
      expect.objectContaining({
        method: 'DELETE',
        headers: expect.objectContaining({ Authorization: 'Bearer secret' }),
      }),
    );
  });

  it('keeps the hire and says so when the server cannot delete its copy', async () => {
    const { hire, team } = await hireFixture();
    await shareAsManager(team.id);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});

    const { user } = await renderApp(`/hires/${hire.id}`);
    const notice = (await screen.findByRole('heading', { name: 'Tid til at rydde op' })).closest(
      'section',
    )!;
    await user.click(within(notice).getByRole('button', { name: 'Slet peer-medarbejderen' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Slet peer-medarbejderen' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Peer-medarbejderen er ikke slettet. Serveren svarer ikke.',
    );
    expect(await db.hires.get(hire.id)).toEqual(hire);
  });
});
