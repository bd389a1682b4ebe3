import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { addItem, listItems, setItemDone, setItemNote } from '../../src/db/checklist';
import { db } from '../../src/db/db';
import { createHire } from '../../src/db/hireWrites';
import { listTalks } from '../../src/db/talkReads';
import { moveTalk, setTalkNotes } from '../../src/db/talkWrites';
import { setReferral } from '../../src/db/referral';
import { createTeam } from '../../src/db/teams';
import { buildStatusSnapshot, encodeStatusSnapshot } from '../../src/domain/statusSnapshot';
import { renderApp } from './renderApp';
import { hireDraft } from '../support/records';

const SECRETS = [
  'HEMMELIG-HENSYN-4711',
  'HEMMELIG-EGEN-NOTE',
  'HEMMELIG-BUDDY',
  'HEMMELIG-SAMTALE',
];

async function itemOf(ownerId: string, templateId: string) {
  const found = (await listItems(ownerId)).find((item) => item.templateId === templateId);
  if (!found) throw new Error(`no item ${templateId}`);
  return found;
}

/** A hire with ticked items, an own item, a buddy, a timed talk, and a private note everywhere. */
async function statusFixture() {
  const team = await createTeam('Bostøtten Nord');
  const hire = await createHire(team.id, hireDraft());
  await setItemDone(await itemOf(hire.id, 'workspace'), true);
  const accommodations = await itemOf(hire.id, 'accommodations');
  await setItemDone(accommodations, true);
  await setItemNote(accommodations, SECRETS[0]!);
  const own = await addItem(hire.id, 'onboarding', { title: 'Nøglekort til huset' });
  await setItemNote(own, SECRETS[1]!);
  const buddy = await itemOf(team.id, 'mentor-buddy');
  await setItemDone(buddy, true);
  await setItemNote(buddy, SECRETS[2]!);
  const [first] = await listTalks(hire.id);
  await setTalkNotes(first!.id, SECRETS[3]!);
  await moveTalk(first!.id, first!.date, '10:30');
  return { team, hire };
}

async function everythingStored() {
  const tables = [db.teams, db.hires, db.items, db.talks, db.answers, db.settings] as const;
  return JSON.stringify(await Promise.all(tables.map((table) => table.toArray())));
}

/** No field, box or form in the page's main content can change anything. */
function expectNothingToEdit(main: HTMLElement) {
  expect(main.querySelectorAll('form')).toHaveLength(0);
  for (const control of main.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    expect(control.disabled || control.readOnly).toBe(true);
  }
}

function expectNoSecrets() {
  for (const secret of SECRETS) expect(document.body.textContent).not.toContain(secret);
}

describe('the peer worker’s status page', () => {
  it('shows the status in warm words, with no notes and nothing that changes data', async () => {
    const { hire } = await statusFixture();
    const before = await everythingStored();
    const { user } = await renderApp(`/hires/${hire.id}/status`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hej MK' })).toBeInTheDocument();

    const ready = screen.getByRole('heading', { name: 'Det er på plads' }).nextElementSibling;
    expect(ready).toHaveTextContent(/Din arbejdsplads er klar/);
    expect(ready).toHaveTextContent(/Du og din leder har talt om/);
    const underway = screen.getByRole('heading', { name: 'Det arbejder vi på' });
    expect(underway.nextElementSibling).toHaveTextContent(/Nøglekort til huset/);

    const talk = screen.getByRole('heading', { name: 'Samtale efter 14 dage' }).parentElement!;
    // Start + 14 days is Easter Monday 29 March 2027: the talk moves to the next workday.
    expect(talk).toHaveTextContent('tirsdag 30. marts 2027, uge 13, kl. 10:30');
    expect(talk).toHaveTextContent('Dig og din leder');
    expect(screen.getByText(/Dit team har gjort 1 af 9 ting klar/)).toBeInTheDocument();
    expect(screen.getByText(/Du har en mentor eller buddy/)).toBeInTheDocument();
    expect(screen.getByText('mandag 14. juni 2027')).toBeInTheDocument(); // last day
    expectNoSecrets();

    const main = screen.getByRole('main');
    expectNothingToEdit(main);
    expect(within(main).queryAllByRole('checkbox')).toHaveLength(0);
    // Every button on the page (make link, copy, QR, a new link) leaves the stored data as it was.
    for (const name of [
      'Lav link',
      'Kopiér link',
      'Vis QR-kode',
      'Skjul QR-kode',
      'Lav et nyt link',
    ]) {
      await user.click(await within(main).findByRole('button', { name }));
    }
    expect(await everythingStored()).toBe(before);
    expectNothingToEdit(main);
  }, 15_000);

  it('is reached from the hire page', async () => {
    const { hire } = await statusFixture();
    const { user, currentLocation } = await renderApp(`/hires/${hire.id}`);
    await user.click(
      await screen.findByRole('link', { name: 'Vis som peer-medarbejderen ser det' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Hej MK' })).toBeInTheDocument();
    expect(currentLocation()?.pathname).toBe(`/hires/${hire.id}/status`);
  });
});

describe('share links', () => {
  async function makeLink() {
    const { hire } = await statusFixture();
    const view = await renderApp(`/hires/${hire.id}/status`);
    await view.user.click(await screen.findByRole('button', { name: 'Lav link' }));
    const field = screen.getByRole('textbox', { name: /Link til status pr\./ });
    return { ...view, field, link: (field as HTMLInputElement).value };
  }

  it('makes a read-only link with the snapshot in the fragment, to copy or scan', async () => {
    const { user, field, link } = await makeLink();
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/shared\?lang=da#v1\.\d+\.[0-9a-f]{8}\./);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Kopiér link' }));
    expect(await screen.findByText('Linket er kopieret.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(link);

    await user.click(screen.getByRole('button', { name: 'Vis QR-kode' }));
    const qr = await screen.findByRole('img', { name: 'QR-kode med linket til MKs status' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await user.click(screen.getByRole('button', { name: 'Skjul QR-kode' }));
    expect(screen.queryByRole('img', { name: /QR-kode/ })).not.toBeInTheDocument();
  });

  it('selects the link for copying by hand when the clipboard is refused', async () => {
    const { user, field } = await makeLink();
    field.blur();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Kopiér link' }));
    expect(await screen.findByText(/Linket er markeret i feltet/)).toBeInTheDocument();
    expect(field).toHaveFocus();
  });

  it('opens the same status from the link alone, with the database closed', async () => {
    const { link, unmount } = await makeLink();
    unmount();
    // Closed for good: any read or write from the shared page would now throw.
    db.close();
    const url = new URL(link);
    await renderApp(`${url.pathname}${url.hash}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Hej MK' })).toBeInTheDocument();
    expect(screen.getByText(/^Status pr\. /)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Samtale efter 14 dage' })).toBeInTheDocument();
    expect(screen.getByText(/Din arbejdsplads er klar/)).toBeInTheDocument();
    expect(screen.getByText('Nøglekort til huset')).toBeInTheDocument();
    expectNoSecrets();
    expectNothingToEdit(screen.getByRole('main'));
    expect(db.isOpen()).toBe(false);
  });

  it('shows how users reach the peer worker when the link carries the team’s agreement', async () => {
    const { hire } = await statusFixture();
    const sources = {
      hire,
      teamName: 'Bostøtten Nord',
      items: await listItems(hire.id),
      teamItems: [],
      talks: await listTalks(hire.id),
      lastDay: '2027-06-14',
      createdAt: '2027-04-01T08:15:00.000Z',
      referral: { ways: ['contact-person' as const], description: 'Brugerne kan også selv ringe.' },
    };
    const encoded = encodeStatusSnapshot(buildStatusSnapshot(sources));
    if (!encoded.ok) throw new Error(encoded.error);
    await renderApp(`/shared#${encoded.fragment}`);
    const heading = await screen.findByRole('heading', {
      name: 'Sådan kommer brugerne i kontakt med dig',
    });
    const section = heading.closest('section')!;
    expect(section).toHaveTextContent('Brugerne kan også selv ringe.');
    expect(section).toHaveTextContent('Kontaktpersonen sørger for kontakten');
  });

  it.each([
    ['/shared#v1.500.0badc0de.N4Ig', /klippet over/],
    ['/shared', /klippet over/],
    ['/shared#v1.4.0badc0de.N4Ig', /ændret eller er gået i stykker/],
    ['/shared#v7.4.0badc0de.N4Ig', /nyere udgave/],
  ])('explains a bad link (%s) instead of showing a broken page', async (path, message) => {
    await renderApp(path);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Linket kan ikke åbnes' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('alert')).toHaveTextContent('Intet er gemt eller ændret');
    await waitFor(async () => expect(await db.teams.count()).toBe(0));
  });
});

describe('the team’s referral agreement in the peer worker’s view', () => {
  it('shows how users reach the peer worker', async () => {
    const { team, hire } = await statusFixture();
    await setReferral(team.id, {
      ways: ['contact-person'],
      description: 'Spørg din kontaktperson',
    });
    await renderApp(`/hires/${hire.id}/status`);
    expect(await screen.findByText('Kontaktpersonen sørger for kontakten')).toBeInTheDocument();
    expect(screen.getByText('Spørg din kontaktperson')).toBeInTheDocument();
  });
});
