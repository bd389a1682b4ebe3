import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '../src/store/store.js';
import {
  call,
  eventually,
  isSynced,
  joinTeam,
  peerLink,
  putRecord,
  registerTeam,
  startTestServer,
  syncClient,
  temporaryDir,
  type Device,
  type SyncClient,
  type TestServer,
} from './support.js';

const minute = 60 * 1000;
const day = 24 * 60 * minute;
const secret = 'Fortrolig: angst og søvnproblemer';

describe(`the access log (${process.env.DATABASE_URL ? 'postgres' : 'sqlite'})`, () => {
  let dataDir: ReturnType<typeof temporaryDir>;
  let running: TestServer;
  let clock: Date;
  let manager: Device;
  const clients: SyncClient[] = [];
  const client = (name: string, token: string) => {
    const created = syncClient(running.ws, name, token);
    clients.push(created);
    return created;
  };
  const start = (accessLogRetentionDays?: number) =>
    startTestServer({ dataDir: dataDir.path, now: () => clock, accessLogRetentionDays });
  const entries = (hireId?: string) => running.store.accessLog(manager.teamId, hireId);
  const ofAction = async (action: AccessLogEntry['action']) =>
    (await entries()).filter((entry) => entry.action === action);

  beforeEach(async () => {
    dataDir = temporaryDir();
    clock = new Date('2027-03-01T09:00:00.000Z');
    running = await start();
    manager = await registerTeam(running.http, randomUUID());
  });

  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    await running.stop();
    dataDir.remove();
  });

  it('records opens and changes (one per device and document in ten minutes), never content', async () => {
    const staff = await joinTeam(running.http, manager, 'staff');
    const name = `team:${manager.teamId}`;
    const device = client(name, staff.token);
    await eventually(() => expect(isSynced(device)).toBe(true));
    expect(await ofAction('open')).toEqual([
      {
        at: '2027-03-01T09:00:00.000Z',
        teamId: manager.teamId,
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
    const peer = await peerLink(running.http, manager, 'h1');
    const view = client(`status:${manager.teamId}:h1`, peer.token);
    await eventually(() => expect(isSynced(view)).toBe(true));
    const devices = `/api/teams/${manager.teamId}/devices`;
    await call(running.http, 'DELETE', `${devices}/${peer.deviceId}`, { token: manager.token });
    clock = new Date(clock.getTime() + minute);
    await call(running.http, 'DELETE', `${devices}/${peer.deviceId}`, { token: manager.token });
    const hire = `/api/teams/${manager.teamId}/hires/h1`;
    expect((await call(running.http, 'DELETE', hire, { token: manager.token })).status).toBe(204);

    const peerEntry = { teamId: manager.teamId, hireId: 'h1', document: 'status', role: 'peer' };
    expect(await entries()).toEqual([
      expect.objectContaining({
        ...peerEntry,
        role: 'manager',
        deviceId: manager.deviceId,
        action: 'delete-hire',
      }),
      // Revoked twice, logged once.
      expect.objectContaining({ ...peerEntry, deviceId: peer.deviceId, action: 'revoke' }),
      expect.objectContaining({ ...peerEntry, deviceId: peer.deviceId, action: 'open' }),
    ]);
  });

  it("answers a manager with the team's or a hire's entries and refuses staff and peers", async () => {
    const staff = await joinTeam(running.http, manager, 'staff');
    const team = client(`team:${manager.teamId}`, staff.token);
    const notes = client(`private:${manager.teamId}`, manager.token);
    const first = client(`status:${manager.teamId}:h1`, staff.token);
    const second = client(`status:${manager.teamId}:h2`, staff.token);
    await eventually(() => expect([team, notes, first, second].every(isSynced)).toBe(true));
    await eventually(async () => expect(await entries()).toHaveLength(4));

    const log = `/api/teams/${manager.teamId}/access-log`;
    const all = await call(running.http, 'GET', log, { token: manager.token });
    expect(all.status).toBe(200);
    expect(all.body.entries).toEqual(await entries());
    const ofHire = await call(running.http, 'GET', `${log}?hireId=h1`, { token: manager.token });
    const documents = (ofHire.body.entries as AccessLogEntry[]).map(
      (entry) => `${entry.document}:${entry.hireId ?? ''}`,
    );
    expect(documents.sort()).toEqual(['private:', 'status:h1', 'team:']);

    const peer = await peerLink(running.http, manager, 'h1');
    for (const token of [staff.token, peer.token]) {
      expect(await call(running.http, 'GET', log, { token })).toMatchObject({
        status: 403,
        body: { error: 'forbidden' },
      });
    }
  });

  it('deletes entries older than the retention when it starts', async () => {
    const entry = (daysAgo: number): AccessLogEntry => ({
      at: new Date(clock.getTime() - daysAgo * day).toISOString(),
      teamId: manager.teamId,
      hireId: null,
      document: 'team',
      deviceId: manager.deviceId,
      deviceName: 'Lederens pc',
      role: 'manager',
      action: 'open',
    });
    for (const daysAgo of [400, 40, 10]) await running.store.addAccessEntry(entry(daysAgo));
    const ages = async () =>
      (await entries()).map((kept) => Math.round((clock.getTime() - Date.parse(kept.at)) / day));
    expect(await ages()).toEqual([10, 40, 400]);

    await running.stop();
    running = await start();
    expect(await ages()).toEqual([10, 40]);
    await running.stop();
    running = await start(30);
    expect(await ages()).toEqual([10]);
  });
});
