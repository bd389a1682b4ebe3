import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AccessLogEntry } from '../../src/db/syncServer';
import { catchDownloads } from '../support/downloads';
import { shareAsManager, TEST_SERVER } from '../support/syncLink';
import { hireFixture } from './fixtures';
import { renderApp } from './renderApp';

function entry(fields: Partial<AccessLogEntry>): AccessLogEntry {
  return {
    at: '2027-04-01T08:05:00.000Z',
    teamId: 'team',
    hireId: null,
    document: 'team',
    deviceId: 'device-1',
    deviceName: 'Annes bærbare',
    role: 'manager',
    action: 'open',
    ...fields,
  };
}

/** The server's answer, newest first, as GET …/access-log?hireId= gives it. */
function serverAnswer(hireId: string): AccessLogEntry[] {
  return [
    entry({
      at: '2027-04-02T13:30:00.000Z',
      document: 'status',
      hireId,
      role: 'peer',
      deviceName: 'Peer-link',
    }),
    entry({ at: '2027-04-01T08:05:00.000Z', document: 'private', action: 'change' }),
    entry({ at: '2027-03-31T22:15:00.000Z', deviceName: '=HYPERLINK("x"); Kontor', role: 'staff' }),
  ];
}

function answerWith(entries: AccessLogEntry[]) {
  const fetchMock = vi.fn(async () => Response.json({ entries }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('access log', () => {
  it('is linked from the hire page on a manager device only', async () => {
    const { hire, team } = await hireFixture();
    const first = await renderApp(`/hires/${hire.id}`);
    await screen.findByRole('heading', { level: 1, name: 'MK' });
    expect(screen.queryByRole('link', { name: 'Adgangslog' })).not.toBeInTheDocument();
    first.unmount();

    await shareAsManager(team.id, 'staff');
    const second = await renderApp(`/hires/${hire.id}`);
    // Once the delete dialog speaks of the team's devices, the page has read the sync link.
    await second.user.click(await screen.findByRole('button', { name: 'Slet' }));
    await within(screen.getByRole('dialog')).findByText(/på alle teamets enheder/);
    expect(screen.queryByRole('link', { name: 'Adgangslog' })).not.toBeInTheDocument();
    second.unmount();

    await shareAsManager(team.id);
    const { user, currentLocation } = await renderApp(`/hires/${hire.id}`);
    answerWith([]);
    await user.click(await screen.findByRole('link', { name: 'Adgangslog' }));
    expect(currentLocation()?.pathname).toBe(`/hires/${hire.id}/access-log`);
    expect(
      await screen.findByText('Serveren har endnu ikke registreret nogen adgange.'),
    ).toBeInTheDocument();
  });

  it('shows the entries in words and in Danish time, newest first, and says why team documents are listed', async () => {
    const { hire, team } = await hireFixture();
    await shareAsManager(team.id);
    const fetchMock = answerWith(serverAnswer(hire.id));
    await renderApp(`/hires/${hire.id}/access-log`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Adgangslog for MK' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/fælles plan og lederens private noter rummer alle/),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Adgange, nyeste først' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['Tidspunkt', 'Enhed', 'Rolle', 'Dokument', 'Handling']);
    expect(rows.slice(1).map((cells) => cells.slice(1))).toEqual([
      ['Peer-link', 'Peer-medarbejder', 'Peer-medarbejderens status', 'Åbnet'],
      ['Annes bærbare', 'Leder', 'Lederens private noter', 'Ændret'],
      ['=HYPERLINK("x"); Kontor', 'Medarbejder', 'Teamets fælles plan', 'Åbnet'],
    ]);
    // date-fns' Danish locale (»apr.«), on the device's clock.
    const hours = String(new Date('2027-04-02T13:30:00.000Z').getHours()).padStart(2, '0');
    expect(rows[1]![0]).toBe(`2. apr. 2027 ${hours}:30`);
    expect(within(table).getAllByRole('row')[1]!.querySelector('time')).toHaveAttribute(
      'datetime',
      '2027-04-02T13:30:00.000Z',
    );
    expect(fetchMock).toHaveBeenCalledWith(
      `${TEST_SERVER}/api/teams/${team.id}/access-log?hireId=${hire.id}`,
      expect.objectContaining({ headers: { Authorization: 'Bearer secret' } }),
    );
  });

  it('exports the entries as a CSV file, quoted and safe to open in a spreadsheet', async () => {
    const { hire, team } = await hireFixture();
    await shareAsManager(team.id);
    answerWith(serverAnswer(hire.id));
    const downloads = catchDownloads();
    const { user } = await renderApp(`/hires/${hire.id}/access-log`);
    await user.click(await screen.findByRole('button', { name: 'Eksportér som CSV' }));

    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^godt-begyndt-adgangslog-mk-\d{4}-\d{2}-\d{2}\.csv$/);
    const { blob } = downloads[0]!;
    // A byte-order mark first, so spreadsheets read the file as UTF-8 (text() drops it).
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blob.text();
    expect(text.split('\r\n')).toEqual([
      'Tidspunkt (UTC);Enhed;Rolle;Dokument;Handling',
      '2027-04-02T13:30:00.000Z;Peer-link;Peer-medarbejder;Peer-medarbejderens status;Åbnet',
      '2027-04-01T08:05:00.000Z;Annes bærbare;Leder;Lederens private noter;Ændret',
      `2027-03-31T22:15:00.000Z;"'=HYPERLINK(""x""); Kontor";Medarbejder;Teamets fælles plan;Åbnet`,
      '',
    ]);
  });

  it('says when the server cannot be reached, and asks again on request', async () => {
    const { hire, team } = await hireFixture();
    await shareAsManager(team.id);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const { user } = await renderApp(`/hires/${hire.id}/access-log`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Serveren svarer ikke.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    answerWith(serverAnswer(hire.id));
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells a device that is not the team manager why there is no log', async () => {
    const { hire } = await hireFixture();
    const fetchMock = answerWith([]);
    await renderApp(`/hires/${hire.id}/access-log`);
    expect(await screen.findByText(/kun for teams, der er delt via en server/)).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
