import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import { LINK_PREFIX } from '../../src/db/syncLink';
import { hireFixture } from './fixtures';
import { renderApp } from './renderApp';

async function storedTalk(hireId: string, key: string) {
  const talk = await db.talks
    .where({ hireId })
    .and((found) => found.key === key)
    .first();
  if (!talk) throw new Error(`No stored talk ${key}`);
  return talk;
}

// Whole-app renders with many talks are slow on a small machine.

/** A talk on the plan page: a list item named by its title. */
const talkItem = (title: string) => screen.getByRole('listitem', { name: title });

const FIRST = 'Samtale efter 14 dage';

async function openPlan(hireId: string) {
  const view = await renderApp(`/hires/${hireId}/plan`);
  await screen.findByRole('heading', { level: 1, name: 'Opfølgningsplan for MK' });
  return view;
}

/** Opens the first talk's move form; resolves to its date field. */
async function openMoveForm(user: Awaited<ReturnType<typeof openPlan>>['user']) {
  await user.click(
    within(talkItem(FIRST)).getByRole('button', { name: `Flyt eller sæt tidspunkt: ${FIRST}` }),
  );
  return within(talkItem(FIRST)).getByLabelText('Dato');
}

// The clock reads 1 February 2027, before every talk here, unless a test says otherwise.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2027, 1, 1, 12));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the follow-up plan', () => {
  it('says when the last day to give notice is a day off, and the workday before it', async () => {
    // 13 March 2027 + 3 months ends 12 June; notice by Saturday 29 May.
    const { hire } = await hireFixture({ startDate: '2027-03-13' });
    await openPlan(hire.id);
    expect(
      await screen.findByText(
        'Dagen er en fridag (lørdag). Den sidste arbejdsdag før er fredag 28. maj 2027 · uge 21.',
      ),
    ).toBeInTheDocument();
  });

  it('shows each talk with weekday, date, week, participants and why it moved', async () => {
    const { hire } = await hireFixture();
    await openPlan(hire.id);
    const timeline = screen.getByRole('list', { name: 'Samtaler og datoer i prøvetiden' });
    const talks = within(timeline)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(talks).toEqual([
      FIRST,
      'Samtale en uge før midt i prøvetiden',
      'Samtale tre uger før prøvetiden slutter',
    ]);

    const first = talkItem(FIRST);
    expect(first).toHaveTextContent('tirsdag 30. marts 2027 · uge 13');
    expect(first).toHaveTextContent('Peer-medarbejder og leder');
    expect(first).toHaveTextContent('Flyttet fra mandag 29. marts 2027 (2. påskedag)');
    const second = talkItem('Samtale en uge før midt i prøvetiden');
    expect(second).toHaveTextContent('fredag 23. april 2027 · uge 16');
    expect(second).toHaveTextContent('Peer-medarbejder og kolleger');
    expect(second).not.toHaveTextContent('Flyttet');

    // The probation's markers sit in the same timeline.
    expect(timeline).toHaveTextContent('Midt i prøvetiden fredag 30. april 2027');
    expect(timeline).toHaveTextContent(
      'Sidste dag for opsigelse inden for prøvetiden mandag 31. maj 2027',
    );
    expect(timeline).toHaveTextContent('Tjek jeres aftale');
    expect(timeline).toHaveTextContent('Sidste dag i prøvetiden mandag 14. juni 2027');
    // The suggested agenda comes with each talk.
    expect(within(first).getByText('Hvordan er de første to uger gået?')).toBeInTheDocument();
  });

  it('says a talk moved off a weekend without naming the weekday twice', async () => {
    // 2 months from 1 Sep 2027 ends 31 Oct; three weeks before is Sunday 10 October.
    const { hire } = await hireFixture({ startDate: '2027-09-01', probationMonths: 2 });
    await openPlan(hire.id);
    const third = talkItem('Samtale tre uger før prøvetiden slutter');
    expect(third).toHaveTextContent('fredag 8. oktober 2027 · uge 40');
    expect(third).toHaveTextContent('Flyttet fra søndag 10. oktober 2027 (weekend)');
  });

  it('moves a talk to a chosen date and time, warns about a day off, and moves it back', async () => {
    const { hire } = await hireFixture();
    const { user } = await openPlan(hire.id);
    const date = await openMoveForm(user);
    await user.clear(date);
    await user.type(date, '2027-04-03');
    expect(date).toHaveAccessibleDescription('Bemærk: lørdag er ikke en arbejdsdag.');
    await user.clear(date);
    await user.type(date, '2027-06-15');
    expect(date).toHaveAccessibleDescription(
      'Bemærk: datoen ligger uden for prøvetiden (15. marts 2027 – 14. juni 2027).',
    );
    await user.clear(date);
    await user.type(date, '2027-04-01');
    expect(talkItem(FIRST)).not.toHaveTextContent('Bemærk');
    await user.type(within(talkItem(FIRST)).getByLabelText('Tidspunkt (valgfrit)'), '9.30');
    await user.click(within(talkItem(FIRST)).getByRole('button', { name: 'Gem' }));

    await waitFor(() =>
      expect(talkItem(FIRST)).toHaveTextContent('torsdag 1. april 2027 · uge 13 · kl. 09:30'),
    );
    expect(talkItem(FIRST)).toHaveTextContent(
      'Flyttet af dig – beregnet dato: tirsdag 30. marts 2027',
    );
    expect(await storedTalk(hire.id, 'after-14-days')).toMatchObject({
      date: '2027-04-01',
      computedDate: '2027-03-30',
      movedByHand: true,
      time: '09:30',
    });

    await user.click(
      within(talkItem(FIRST)).getByRole('button', {
        name: `Tilbage til den beregnede dato: ${FIRST}`,
      }),
    );
    await waitFor(() =>
      expect(talkItem(FIRST)).toHaveTextContent('Flyttet fra mandag 29. marts 2027 (2. påskedag)'),
    );
    expect(await storedTalk(hire.id, 'after-14-days')).toMatchObject({
      date: '2027-03-30',
      movedByHand: false,
    });
  });

  it('warns at the time field of a time the night summer time starts skips', async () => {
    const { hire } = await hireFixture();
    const { user } = await openPlan(hire.id);
    const date = await openMoveForm(user);
    const time = within(talkItem(FIRST)).getByLabelText('Tidspunkt (valgfrit)');
    // Summer time starts on Sunday 28 March 2027: 02:00 goes straight to 03:00.
    await user.clear(date);
    await user.type(date, '2027-03-28');
    await user.type(time, '2.30');
    expect(time).toHaveAccessibleDescription(
      /Kl\. 02:30 findes ikke denne dag[\s\S]*står samtalen derfor kl\. 03:30/,
    );
    await user.clear(time);
    await user.type(time, '03:30');
    expect(time).not.toHaveAccessibleDescription(/findes ikke/);
    await user.clear(time);
    await user.type(time, '02:30');
    await user.clear(date);
    await user.type(date, '2027-03-29');
    expect(time).not.toHaveAccessibleDescription(/findes ikke/);
  });

  it('allows a move onto a public holiday, and keeps saying it is one', async () => {
    const { hire } = await hireFixture();
    const { user } = await openPlan(hire.id);
    const date = await openMoveForm(user);
    await user.clear(date);
    await user.type(date, '2027-03-26');
    await user.click(within(talkItem(FIRST)).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(talkItem(FIRST)).toHaveTextContent('fredag 26. marts 2027'));
    expect(talkItem(FIRST)).toHaveTextContent('Bemærk: langfredag er ikke en arbejdsdag.');
    expect((await storedTalk(hire.id, 'after-14-days')).date).toBe('2027-03-26');
  });

  it('rejects an empty date and an impossible time at the field and changes nothing', async () => {
    const { hire } = await hireFixture();
    const before = await storedTalk(hire.id, 'after-14-days');
    const { user } = await openPlan(hire.id);
    const date = await openMoveForm(user);
    const time = within(talkItem(FIRST)).getByLabelText('Tidspunkt (valgfrit)');
    await user.clear(date);
    await user.type(time, '25:00');
    await user.click(within(talkItem(FIRST)).getByRole('button', { name: 'Gem' }));

    expect(date).toHaveAccessibleDescription(/Skal udfyldes/);
    expect(time).toHaveAccessibleDescription(/Skriv et tidspunkt som TT:MM/);
    await waitFor(() => expect(date).toHaveFocus());

    await user.type(date, '2027-04-01');
    await user.click(within(talkItem(FIRST)).getByRole('button', { name: 'Gem' }));
    expect(time).toHaveAccessibleDescription(/Skriv et tidspunkt som TT:MM/);
    expect(date).not.toHaveAccessibleDescription(/Skal udfyldes/);
    expect(await storedTalk(hire.id, 'after-14-days')).toEqual(before);
  });

  it('marks a talk held, and back to planned', async () => {
    const { hire } = await hireFixture();
    const { user } = await openPlan(hire.id);
    const held = within(talkItem(FIRST)).getByRole('radio', { name: 'Holdt' });
    await user.click(held);
    expect(held).toBeChecked();
    // The badge follows the stored status.
    expect(
      await within(talkItem(FIRST)).findByText('Holdt', { selector: '.badge' }),
    ).toBeInTheDocument();
    expect((await storedTalk(hire.id, 'after-14-days')).status).toBe('held');

    await user.click(within(talkItem(FIRST)).getByRole('radio', { name: 'Planlagt' }));
    await waitFor(async () =>
      expect((await storedTalk(hire.id, 'after-14-days')).status).toBe('planned'),
    );
  });

  it('saves private notes on a talk', async () => {
    const { hire } = await hireFixture();
    const { user } = await openPlan(hire.id);
    await user.click(within(talkItem(FIRST)).getByRole('button', { name: `Noter: ${FIRST}` }));
    const notes = within(talkItem(FIRST)).getByLabelText(`Noter til: ${FIRST}`);
    expect(notes).toHaveAccessibleDescription(/private/);
    await user.type(notes, 'Godt i gang');
    await user.tab();
    expect(await within(talkItem(FIRST)).findByText('Gemt')).toBeInTheDocument();
    expect((await storedTalk(hire.id, 'after-14-days')).notes).toBe('Godt i gang');
  });

  it('offers a staff device of a shared team no notes field, and says where they are kept', async () => {
    const { team, hire } = await hireFixture();
    const link = { teamId: team.id, deviceId: 'd', token: 't', role: 'staff', server: 'x' };
    await db.device.put({ key: LINK_PREFIX + team.id, value: link });
    await openPlan(hire.id);
    const talk = within(talkItem(FIRST));
    expect(
      await talk.findByText('Noter til samtalen gemmes kun på lederens enheder.'),
    ).toBeInTheDocument();
    expect(talk.queryByRole('button', { name: `Noter: ${FIRST}` })).toBeNull();
  });

  it('switches to a talk every 14 days with monthly talks, and back', async () => {
    const { hire } = await hireFixture();
    const { user } = await openPlan(hire.id);
    await user.click(screen.getByRole('radio', { name: /hver 14\. dag/ }));
    const monthly = screen.getByLabelText('Antal månedlige samtaler efter prøvetiden');
    await user.clear(monthly);
    await user.type(monthly, '13');
    await user.click(screen.getByRole('button', { name: 'Gem rytmen' }));
    expect(monthly).toHaveAccessibleDescription(/helt tal fra 0 til 12/);
    expect(await db.talks.where({ hireId: hire.id }).count()).toBe(3);

    await user.clear(monthly);
    await user.type(monthly, '2');
    await user.click(screen.getByRole('button', { name: 'Gem rytmen' }));
    await screen.findByRole('listitem', { name: 'Månedlig opfølgning nr. 2' });
    const timeline = screen.getByRole('list', { name: 'Samtaler og datoer i prøvetiden' });
    expect(within(timeline).getAllByRole('heading', { level: 3 })).toHaveLength(8);
    expect(talkItem('Opfølgning nr. 1 i prøvetiden')).toHaveTextContent(
      'Flyttet fra mandag 29. marts 2027 (2. påskedag)',
    );
    expect(await db.hires.get(hire.id)).toMatchObject({
      cadence: 'biweekly',
      monthlyTalksAfter: 2,
    });
    expect(screen.getByText('Rytmen er gemt, og samtalerne er lagt om.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Tre samtaler/ }));
    await user.click(screen.getByRole('button', { name: 'Gem rytmen' }));
    await waitFor(() =>
      expect(within(timeline).getAllByRole('heading', { level: 3 })).toHaveLength(3),
    );
  });

  it('warns that a probation of one month is too short for three talks', async () => {
    const { hire } = await hireFixture({ probationMonths: 1 });
    await openPlan(hire.id);
    expect(screen.getByRole('heading', { name: 'Prøvetiden er for kort til tre samtaler' }));
  });

  it('warns about a probation over 3 months and shows no notice deadline', async () => {
    const { hire } = await hireFixture({ probationMonths: 4 });
    await openPlan(hire.id);
    expect(screen.getByRole('heading', { name: 'Prøvetiden er over 3 måneder' }));
    expect(screen.queryByText('Sidste dag for opsigelse inden for prøvetiden')).toBeNull();
  });

  it('tells which talks kept their date when the start date changes', async () => {
    const { hire } = await hireFixture();
    const first = await storedTalk(hire.id, 'after-14-days');
    await db.talks.update(first.id, { date: '2027-04-01', movedByHand: true });
    const { user } = await renderApp(`/hires/${hire.id}/edit`);
    const start = await screen.findByLabelText('Første arbejdsdag');
    await user.clear(start);
    await user.type(start, '2027-04-05');
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    expect(
      await screen.findByText(
        /Disse samtaler beholder den dato.*Samtale efter 14 dage \(1\. april 2027\)/,
      ),
    ).toBeInTheDocument();
    expect(await storedTalk(hire.id, 'after-14-days')).toMatchObject({
      date: '2027-04-01',
      computedDate: '2027-04-19',
    });
    expect((await storedTalk(hire.id, 'week-before-midpoint')).date).toBe('2027-05-13');
  });
});

describe('next and overdue talks', () => {
  it('shows the next talk on the hire page, with a link to the plan', async () => {
    const { hire } = await hireFixture();
    const { user } = await renderApp(`/hires/${hire.id}`);
    expect(
      await screen.findByText(
        'Næste samtale: Samtale efter 14 dage, tirsdag 30. marts 2027 · uge 13',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Opfølgningsplan' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Opfølgningsplan for MK' }),
    ).toBeInTheDocument();
  });

  it('highlights a talk whose day passed without being held, on the overview and the plan', async () => {
    vi.setSystemTime(new Date(2027, 3, 1, 12)); // 1 April 2027, local time
    const { hire } = await hireFixture();
    await renderApp('/');
    const overdueBadge = await screen.findByText('Overskredet');
    expect(overdueBadge.closest('p')).toHaveTextContent(
      'Overskredet 1 samtale er ikke markeret som holdt: Samtale efter 14 dage, tirsdag 30. marts 2027 · uge 13',
    );
    expect(
      screen.getByText(
        'Næste samtale: Samtale en uge før midt i prøvetiden, fredag 23. april 2027 · uge 16',
      ),
    ).toBeInTheDocument();

    const { user } = await openPlan(hire.id);
    expect(within(talkItem(FIRST)).getByText('Overskredet')).toBeInTheDocument();
    await user.click(within(talkItem(FIRST)).getByRole('radio', { name: 'Holdt' }));
    await waitFor(() =>
      expect(within(talkItem(FIRST)).queryByText('Overskredet')).not.toBeInTheDocument(),
    );
    expect(
      within(talkItem('Samtale en uge før midt i prøvetiden')).queryByText('Overskredet'),
    ).toBeNull();
  });
});

describe('customary days off in settings', () => {
  it('is on by default; switching it off replans talks onto 24 December', async () => {
    // Start 10 Dec 2027: the talk after 14 days falls on 24 December, a Friday.
    const { hire } = await hireFixture({ startDate: '2027-12-10' });
    expect((await storedTalk(hire.id, 'after-14-days')).date).toBe('2027-12-27');
    const { user } = await renderApp('/settings');
    const daysOff = await screen.findByRole('switch', {
      name: 'Regn 5. juni, 24. og 31. december som fridage',
    });
    await waitFor(() => expect(daysOff).toBeEnabled());
    expect(daysOff).toBeChecked();

    await user.click(daysOff);
    await waitFor(() => expect(daysOff).not.toBeChecked());
    expect((await storedTalk(hire.id, 'after-14-days')).date).toBe('2027-12-24');
    expect(screen.getByText('Alle opfølgningsplaner er lagt om.')).toBeInTheDocument();
  });
});
