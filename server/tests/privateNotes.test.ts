import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { db, GodtBegyndtDb } from '../../src/db/db';
import { startBridge, type SyncBridge } from '../../src/db/sync/bridge';
import { connectTeam, type TeamConnection } from '../../src/db/sync/connect';
import { LINK_PREFIX } from '../../src/db/syncLink';
import { setTalkNotes } from '../../src/db/talkWrites';
import { listTalks } from '../../src/db/talkReads';
import { createHire } from '../../src/db/hireWrites';
import { createTeam } from '../../src/db/teams';
import { hireDraft } from '../../tests/support/records';
import { eventually, joinTeam, registerTeam, serverForEachTest, type Device } from './support.js';

// The app's own bridge and provider in Node, against the real server: a manager device (the
// app's database) and a staff device (a second database).

const server = serverForEachTest();
const open: { bridge: SyncBridge; connection: TeamConnection }[] = [];

beforeEach(async () => {
  // The bridge sets the device's sync flag (deviceFlag.ts); Node has no localStorage.
  const flags = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => flags.get(key) ?? null,
    setItem: (key: string, value: string) => flags.set(key, value),
    removeItem: (key: string) => flags.delete(key),
  });
});

afterEach(async () => {
  for (const { bridge, connection } of open.splice(0)) {
    connection.close();
    await bridge.stop();
  }
  vi.unstubAllGlobals();
});

async function device(database: GodtBegyndtDb, access: Device, join: boolean) {
  const link = { ...access, server: server.running.http };
  await database.device.put({ key: LINK_PREFIX + access.teamId, value: link });
  const bridge = await startBridge(database);
  await (join ? bridge.joinTeam(access.teamId) : bridge.shareTeam(access.teamId));
  const connection = await connectTeam({
    url: server.running.ws,
    teamId: access.teamId,
    token: access.token,
    bridge,
    WebSocketPolyfill: WebSocket,
  });
  open.push({ bridge, connection });
  return bridge;
}

it("keeps a manager's talk notes off the staff device's database", async () => {
  const team = await createTeam('Team A');
  const hire = await createHire(team.id, hireDraft());
  const [talk] = await listTalks(hire.id);
  await setTalkNotes(talk!.id, 'Talte om skæve arbejdstider');
  const manager = await registerTeam(server.running.http, team.id);
  const staffAccess = await joinTeam(server.running.http, manager);
  await device(db, manager, false);
  const staffDb = new GodtBegyndtDb(`staff-${randomUUID()}`);
  await device(staffDb, staffAccess, true);

  await eventually(async () => expect(await staffDb.talks.get(talk!.id)).toBeDefined());
  await setTalkNotes(talk!.id, 'En ny note');
  await db.hires.update(hire.id, { name: 'M. Krogh' });
  await eventually(async () => expect((await staffDb.hires.get(hire.id))?.name).toBe('M. Krogh'));
  expect(await staffDb.talks.get(talk!.id)).not.toHaveProperty('notes');
  expect((await db.talks.get(talk!.id))?.notes).toBe('En ny note');
  await staffDb.delete();
});
