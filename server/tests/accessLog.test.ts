import { beforeEach, describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '../src/store/store.js';
import {
  call,
  eventually,
  isSynced,
  joinTeam,
  peerLink,
  putRecord,
  storeKind,
  teamServerForEachTest,
} from './support.js';

const minute = 60 * 1000;
const day = 24 * 60 * minute;
const secret = 'Fortrolig: angst og søvnproblemer';

describe(`the access log (${storeKind})`, () => {
  let clock: Date;
  beforeEach(() => {
    clock = new Date('2027-03-01T09:00:00.000Z');
  });
  const team = teamServerForEachTest(() => ({ now: () => clock }));
  const entries = (hireId?: string) => team.running.store.accessLog(team.manager.teamId, hireId);
  const ofAction = async (action: AccessLogEntry['action']) =>
    (await entries()).filter((entry) => entry.action === action);

  it('records opens and changes (one per device and document in ten minutes), never content', async () => {
    const staff = await joinTeam(team.running.http, team.manager, 'staff');
    const name = `team:${team.manager.teamId}`;
    const device = team.client(name, staff.token);
    await eventually(() => expect(isSynced(device)).toBe(true));
    expect(await ofAction('open')).toEqual([
      {
        at: '2027-03-01T09:00:00.000Z',
        teamId: team.manager.teamId,
        hireId: null,
        document: 'team',
        deviceId: staff.deviceId,
        deviceName: 'Tovholderens pc',
        role: 'staff',
        action: 'open',
      },
    ]);

    putRecord(device.doc, 'talks', 't1', { notes: secret });
    await eventually(async () => expect(await ofAction('change')).toHaveLength(1));
    clock = new Date(clock.getTime() + 9 * minute);
    putRecord(device.doc, 'talks', 't2', { notes: secret });
    await eventually(() => expect(isSynced(device)).toBe(true));
    clock = new Date(clock.getTime() + minute);
    putRecord(device.doc, 'talks', 't3', { notes: secret });
    // The change nine minutes in is part of the first session; ten minutes in starts a new one.
    await eventually(async () =>
      expect((await ofAction('change')).map((entry) => entry.at)).toEqual([
        '2027-03-01T09:10:00.000Z',
        '2027-03-01T09:00:00.000Z',
      ]),
    );
    const stored = JSON.stringify(await entries());
    expect(stored).not.toContain('Fortrolig');
    expect(stored).not.toContain('t1');
  });

  it('records a peer link opening its status, revocations and a deleted hire', async () => {
    const peer = await peerLink(team.running.http, team.manager, 'h1');
    const view = team.client(`status:${team.manager.teamId}:h1`, peer.token);
    await eventually(() => expect(isSynced(view)).toBe(true));
    const devices = `/api/teams/${team.manager.teamId}/devices`;
    await call(team.running.http, 'DELETE', `${devices}/${peer.deviceId}`, {
      token: team.manager.token,
    });
    clock = new Date(clock.getTime() + minute);
    await call(team.running.http, 'DELETE', `${devices}/${peer.deviceId}`, {
      token: team.manager.token,
    });
    const hire = `/api/teams/${team.manager.teamId}/hires/h1`;
    expect(
      (await call(team.running.http, 'DELETE', hire, { token: team.manager.token })).status,
    ).toBe(204);

    const peerEntry = {
      teamId: team.manager.teamId,
      hireId: 'h1',
      document: 'status',
      role: 'peer',
    };
    expect(await entries()).toEqual([
      expect.objectContaining({
        ...peerEntry,
        role: 'manager',
        deviceId: team.manager.deviceId,
        action: 'delete-hire',
      }),
      // Revoked twice, logged once.
      expect.objectContaining({ ...peerEntry, deviceId: peer.deviceId, action: 'revoke' }),
      expect.objectContaining({ ...peerEntry, deviceId: peer.deviceId, action: 'open' }),
    ]);
  });

  it("answers a manager with the team's or a hire's entries and refuses staff and peers", async () => {
    const staff = await joinTeam(team.running.http, team.manager, 'staff');
    const teamDoc = team.client(`team:${team.manager.teamId}`, staff.token);
    const notes = team.client(`private:${team.manager.teamId}`, team.manager.token);
    const first = team.client(`status:${team.manager.teamId}:h1`, staff.token);
    const second = team.client(`status:${team.manager.teamId}:h2`, staff.token);
    await eventually(() => expect([teamDoc, notes, first, second].every(isSynced)).toBe(true));
    await eventually(async () => expect(await entries()).toHaveLength(4));

    const log = `/api/teams/${team.manager.teamId}/access-log`;
    const all = await call(team.running.http, 'GET', log, { token: team.manager.token });
    expect(all.status).toBe(200);
    expect(all.body.entries).toEqual(await entries());
    const ofHire = await call(team.running.http, 'GET', `${log}?hireId=h1`, {
      token: team.manager.token,
    });
    const documents = (ofHire.body.entries as AccessLogEntry[]).map(
      (entry) => `${entry.document}:${entry.hireId ?? ''}`,
    );
    expect(documents.sort()).toEqual(['private:', 'status:h1', 'team:']);

    const peer = await peerLink(team.running.http, team.manager, 'h1');
    for (const token of [staff.token, peer.token]) {
      expect(await call(team.running.http, 'GET', log, { token })).toMatchObject({
        status: 403,
        body: { error: 'forbidden' },
      });
    }
  });

  it('deletes entries older than the retention when it starts', async () => {
    const entry = (daysAgo: number): AccessLogEntry => ({
      at: new Date(clock.getTime() - daysAgo * day).toISOString(),
      teamId: team.manager.teamId,
      hireId: null,
      document: 'team',
      deviceId: team.manager.deviceId,
      deviceName: 'Lederens pc',
      role: 'manager',
      action: 'open',
    });
    for (const daysAgo of [400, 40, 10]) await team.running.store.addAccessEntry(entry(daysAgo));
    const ages = async () =>
      (await entries()).map((kept) => Math.round((clock.getTime() - Date.parse(kept.at)) / day));
    expect(await ages()).toEqual([10, 40, 400]);

    await team.restart();
    expect(await ages()).toEqual([10, 40]);
    await team.restart({ accessLogRetentionDays: 30 });
    expect(await ages()).toEqual([10]);
  });
});
