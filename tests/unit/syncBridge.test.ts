import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addItem,
  listItems,
  removeItem,
  restoreItem,
  setItemDone,
  setItemHidden,
  setItemNote,
} from '../../src/db/checklist';
import { db, GodtBegyndtDb } from '../../src/db/db';
import { createBackup, importBackup } from '../../src/db/backup';
import { createHire, deleteHire, updateHire } from '../../src/db/hireWrites';
import { setReferral } from '../../src/db/referral';
import { moveTalk, setTalkNotes, setTalkStatus } from '../../src/db/talkWrites';
import { listTalks } from '../../src/db/talkReads';
import { readTeamRecords, type TeamRecords } from '../../src/db/teamRecords';
import { createTeam, deleteTeam, renameTeam } from '../../src/db/teams';
import { saveAnswer } from '../../src/db/worksheet';
import { startBridge, type SyncBridge } from '../../src/db/sync/bridge';
import { deviceSyncs } from '../../src/db/sync/deviceFlag';
import { OUTBOX_MIDDLEWARE, outboxMiddleware } from '../../src/db/sync/outboxMiddleware';
import { hireFixture } from '../component/fixtures';

/** The origin of updates that came over the in-memory wire: another device's, to the bridge. */
const WIRE = Symbol('wire');

const started: SyncBridge[] = [];
const otherDevices: GodtBegyndtDb[] = [];
let deviceCount = 0;

afterEach(async () => {
  db.unuse({ stack: 'dbcore', name: 'WatchOutboxAdds' });
  for (const bridge of started.splice(0)) await bridge.stop();
  for (const device of otherDevices.splice(0)) await device.delete();
});

async function bridgeOn(database: GodtBegyndtDb): Promise<SyncBridge> {
  const bridge = await startBridge(database);
  started.push(bridge);
  return bridge;
}

function newDevice(): GodtBegyndtDb {
  const device = new GodtBegyndtDb(`sync-device-${(deviceCount += 1)}`);
  otherDevices.push(device);
  return device;
}

/**
 * Two Y.Docs wired together in memory as a server would: each update goes to the other doc
 * while online; going online again exchanges what each lacks.
 */
function wire(a: Y.Doc, b: Y.Doc) {
  let online = true;
  const forward = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (online && origin !== WIRE) Y.applyUpdate(to, update, WIRE);
  };
  a.on('update', forward(b));
  b.on('update', forward(a));
  const exchange = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), WIRE);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), WIRE);
  };
  exchange();
  return {
    offline: () => (online = false),
    online: () => {
      online = true;
      exchange();
    },
  };
}

/** Wires a team's documents on two devices: `team:`, and `private:` where both hold it. */
async function wireTeam(a: SyncBridge, b: SyncBridge, teamId: string) {
  const links = [wire(await a.doc(teamId), await b.doc(teamId))];
  const [privateA, privateB] = [await a.privateDoc(teamId), await b.privateDoc(teamId)];
  if (privateA && privateB) links.push(wire(privateA, privateB));
  return {
    offline: () => links.forEach((link) => link.offline()),
    online: () => links.forEach((link) => link.online()),
  };
}

/**
 * Device A (the app's database, written through the repositories) shares a team with one
 * hire; device B (its own database) joins it through the wire.
 */
async function twoDevices() {
  const { team, hire } = await hireFixture();
  const a = await bridgeOn(db);
  await a.shareTeam(team.id);
  await a.flush();
  const deviceB = newDevice();
  const b = await bridgeOn(deviceB);
  await b.joinTeam(team.id);
  const link = await wireTeam(a, b, team.id);
  await b.idle();
  const settle = async () => {
    await a.flush();
    await b.flush();
    await a.idle();
  };
  return { a, b, deviceB, team, hire, link, settle };
}

/** Installs only the middleware, as if the app died after each commit, before any replay. */
async function recordWithoutReplay(database: GodtBegyndtDb = db) {
  database.close({ disableAutoOpen: false });
  database.use(outboxMiddleware(() => {}));
  await database.open();
}

async function forgetMiddleware(database: GodtBegyndtDb = db) {
  database.close({ disableAutoOpen: false });
  database.unuse({ stack: 'dbcore', name: OUTBOX_MIDDLEWARE });
  await database.open();
}

/** Every entry added to the app database's outbox from now on (seen below the middleware). */
async function watchOutboxAdds(): Promise<unknown[]> {
  const added: unknown[] = [];
  db.close({ disableAutoOpen: false });
  db.use({
    stack: 'dbcore',
    name: 'WatchOutboxAdds',
    level: -3,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'outbox') return table;
        return {
          ...table,
          mutate: (req) => {
            if (req.type === 'add') added.push(...req.values);
            return table.mutate(req);
          },
        };
      },
    }),
  });
  await db.open();
  return added;
}

describe('the sync bridge between two devices', () => {
  it('gives a joining device the whole team', async () => {
    const { deviceB, team, hire } = await twoDevices();
    expect(await deviceB.teams.get(team.id)).toEqual(await db.teams.get(team.id));
    expect(await deviceB.hires.get(hire.id)).toEqual(await db.hires.get(hire.id));
    expect(await deviceB.items.where('ownerId').equals(hire.id).sortBy('order')).toEqual(
      await listItems(hire.id),
    );
    expect(await deviceB.talks.where('hireId').equals(hire.id).sortBy('id')).toEqual(
      (await listTalks(hire.id)).sort((x, y) => x.id.localeCompare(y.id)),
    );
  });

  it('keeps both of two offline edits to different fields of one record', async () => {
    const { deviceB, hire, link, settle } = await twoDevices();
    const [item] = await listItems(hire.id);
    link.offline();
    await setItemDone(item!, true);
    await deviceB.items.update(item!.id, { note: 'Nøglen ligger i skabet' });
    await settle();
    link.online();
    await settle();
    const expected = { done: true, note: 'Nøglen ligger i skabet' };
    expect(await db.items.get(item!.id)).toMatchObject(expected);
    expect(await deviceB.items.get(item!.id)).toMatchObject(expected);
  });

  it('lets two offline edits of the same field end in one value on both devices', async () => {
    const { a, b, deviceB, team, hire, link, settle } = await twoDevices();
    const [item] = await listItems(hire.id);
    link.offline();
    await setItemNote(item!, 'Skrevet på A');
    await deviceB.items.update(item!.id, { note: 'Skrevet på B' });
    await settle();
    link.online();
    await settle();
    const noteOnA = (await db.items.get(item!.id))!.note;
    expect(['Skrevet på A', 'Skrevet på B']).toContain(noteOnA);
    expect((await deviceB.items.get(item!.id))!.note).toBe(noteOnA);
    expect(Y.encodeStateAsUpdate(await a.doc(team.id))).toEqual(
      Y.encodeStateAsUpdate(await b.doc(team.id)),
    );
  });

  it("keeps a field changed here while another device's change of it arrives", async () => {
    const { deviceB, hire, link, settle } = await twoDevices();
    const [item] = await listItems(hire.id);
    link.offline();
    await deviceB.items.update(item!.id, { note: 'Skrevet på B' });
    await settle();
    // The change on this device commits while B's arrives: this one is the later, it wins.
    const written = setItemNote(item!, 'Skrevet på A');
    link.online();
    await written;
    await settle();
    expect((await db.items.get(item!.id))!.note).toBe('Skrevet på A');
    expect((await deviceB.items.get(item!.id))!.note).toBe('Skrevet på A');
  });

  it('lets a deletion win over a concurrent edit, on both devices', async () => {
    const { deviceB, hire, link, settle } = await twoDevices();
    const [item] = await listItems(hire.id);
    const [talk] = await listTalks(hire.id);
    link.offline();
    await deleteHire(hire.id);
    await deviceB.transaction('rw', deviceB.hires, deviceB.items, deviceB.talks, async () => {
      await deviceB.hires.update(hire.id, { name: 'M. Krogh' });
      await deviceB.items.update(item!.id, { done: true });
      await deviceB.talks.update(talk!.id, { status: 'held' });
    });
    await settle();
    link.online();
    await settle();
    for (const device of [db, deviceB]) {
      expect(await device.hires.get(hire.id)).toBeUndefined();
      expect(await device.items.get(item!.id)).toBeUndefined();
      expect(await device.talks.where('hireId').equals(hire.id).count()).toBe(0);
    }
  });

  it('lets a deletion win over an edit that reaches the other device first', async () => {
    const { deviceB, team, link, settle } = await twoDevices();
    link.offline();
    await deviceB.teams.update(team.id, { name: 'Team B' });
    await settle();
    await renameTeam(team.id, 'Team A2');
    await deviceB.teams.delete(team.id);
    await settle();
    link.online();
    await settle();
    expect(await db.teams.get(team.id)).toBeUndefined();
    expect(await deviceB.teams.get(team.id)).toBeUndefined();
  });

  it('lets a deletion win over an edit replayed after the deletion arrived', async () => {
    const { a, b, deviceB, team, hire, link, settle } = await twoDevices();
    link.offline();
    await deleteHire(hire.id);
    await a.flush();
    // Device B edits the hire and stops before replaying its outbox.
    await b.stop();
    started.splice(started.indexOf(b), 1);
    await recordWithoutReplay(deviceB);
    await deviceB.hires.update(hire.id, { name: 'M. Krogh' });
    await forgetMiddleware(deviceB);
    // It starts again, and the deletion arrives before its replay has read the outbox.
    const restarted = await bridgeOn(deviceB);
    await wireTeam(a, restarted, team.id);
    await restarted.flush();
    await settle();
    expect(await deviceB.hires.get(hire.id)).toBeUndefined();
    expect(await db.hires.get(hire.id)).toBeUndefined();
    expect((await a.doc(team.id)).getMap('hires').has(hire.id)).toBe(false);
  });

  it('brings back an item removed and put back (undo) on every device', async () => {
    const { deviceB, hire, settle } = await twoDevices();
    const item = await addItem(hire.id, 'onboarding', { title: 'Adgangskort' });
    await settle();
    const stored = (await db.items.get(item.id))!;
    await removeItem(stored);
    await settle();
    expect(await deviceB.items.get(item.id)).toBeUndefined();
    await restoreItem(stored);
    await settle();
    expect(await deviceB.items.get(item.id)).toEqual(stored);
  });

  it('writes a remote change to Dexie without recording it in the outbox', async () => {
    const { deviceB, hire, settle } = await twoDevices();
    const outboxAdds = await watchOutboxAdds();
    const [talk] = await listTalks(hire.id);
    await deviceB.talks.update(talk!.id, { time: '10:30' });
    await deviceB.hires.update(hire.id, { weeklyHours: 30 });
    await settle();
    expect((await listTalks(hire.id)).find((one) => one.id === talk!.id)?.time).toBe('10:30');
    expect((await db.hires.get(hire.id))?.weeklyHours).toBe(30);
    expect(outboxAdds).toEqual([]);
  });

  it('sends a replanned hire (new start date) with its moved talks', async () => {
    const { deviceB, hire, settle } = await twoDevices();
    await updateHire(hire.id, { startDate: '2027-04-05' });
    await settle();
    expect((await deviceB.hires.get(hire.id))?.startDate).toBe('2027-04-05');
    const talksOnB = await deviceB.talks.where('hireId').equals(hire.id).toArray();
    expect(talksOnB.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      (await listTalks(hire.id)).sort((x, y) => x.id.localeCompare(y.id)),
    );
  });
});

describe('every kind of write on a shared team', () => {
  async function sameOnBoth(deviceB: GodtBegyndtDb, teamId: string) {
    const sorted = (records: TeamRecords) =>
      Object.fromEntries(
        Object.entries(records).map(([table, rows]) => [
          table,
          [...(rows as { id: string }[])].sort((x, y) => x.id.localeCompare(y.id)),
        ]),
      );
    expect(sorted(await readTeamRecords(deviceB, teamId))).toEqual(
      sorted(await readTeamRecords(db, teamId)),
    );
  }

  it('reaches the other device as it is stored here', async () => {
    const { deviceB, team, hire, settle } = await twoDevices();
    const second = await createHire(team.id, {
      name: 'LB',
      jobTitle: 'Peer-medarbejder',
      startDate: '2027-05-03',
      probationMonths: 3,
      weeklyHours: 20,
    });
    await updateHire(hire.id, { cadence: 'biweekly' });
    const [talk] = await listTalks(second.id);
    await moveTalk(talk!.id, '2027-05-20', '09:00');
    await setTalkStatus(talk!.id, 'held');
    await saveAnswer(team.id, 'recovery', 'Vi taler om recovery på teammødet');
    await setReferral(team.id, { ways: ['contact-person'], description: 'Via kontaktperson' });
    const [guideItem] = await listItems(team.id);
    await setItemHidden(guideItem!, true);
    await addItem(second.id, 'onboarding', { title: 'Nøglekort' });
    await settle();
    await sameOnBoth(deviceB, team.id);

    await deleteHire(second.id);
    await settle();
    await sameOnBoth(deviceB, team.id);
    expect(await deviceB.talks.where('hireId').equals(second.id).count()).toBe(0);

    await deleteTeam(team.id);
    await settle();
    expect(await readTeamRecords(deviceB, team.id)).toEqual({
      teams: [],
      hires: [],
      items: [],
      talks: [],
      answers: [],
    });
  });

  it('replaces the team on the other device when a backup replaces everything here', async () => {
    const { deviceB, team, hire, settle } = await twoDevices();
    const backup = await createBackup({ kind: 'all' });
    await renameTeam(team.id, 'Omdøbt');
    await deleteHire(hire.id);
    await settle();
    await importBackup(backup, 'replace');
    await settle();
    await sameOnBoth(deviceB, team.id);
    expect((await deviceB.teams.get(team.id))?.name).toBe('Team A');
    expect(await deviceB.hires.get(hire.id)).toBeDefined();
  });
});

describe('starting the bridge on an open database (sharing from a screen)', () => {
  it('keeps the live queries the screens hold, and records the next write', async () => {
    const team = await createTeam('Før');
    const names: string[] = [];
    const errors: unknown[] = [];
    const subscription = liveQuery(() => db.teams.get(team.id)).subscribe({
      next: (stored) => names.push(stored?.name ?? ''),
      error: (error: unknown) => errors.push(error),
    });
    await vi.waitFor(() => expect(names).toEqual(['Før']));
    const bridge = await bridgeOn(db);
    await bridge.shareTeam(team.id);
    await renameTeam(team.id, 'Efter');
    await bridge.flush();
    await vi.waitFor(() => expect(names).toEqual(['Før', 'Efter']));
    subscription.unsubscribe();
    expect(errors).toEqual([]);
    const teams = (await bridge.doc(team.id)).getMap<Y.Map<unknown>>('teams');
    expect(teams.get(team.id)?.get('name')).toBe('Efter');
  });
});

describe('the outbox', () => {
  it('records nothing while no team is shared, nor for a team that is not shared', async () => {
    await recordWithoutReplay();
    const { hire } = await hireFixture();
    await db.syncedTeams.add({ teamId: 'another-team', since: '2027-01-01T00:00:00.000Z' });
    const [item] = await listItems(hire.id);
    await setItemDone(item!, true);
    await setTalkNotes((await listTalks(hire.id))[0]!.id, 'Gik godt');
    expect(await db.outbox.count()).toBe(0);
    await forgetMiddleware();
  });

  it('records the changed fields of a shared team, and the deletions, in commit order', async () => {
    const { team, hire } = await hireFixture();
    await recordWithoutReplay();
    await db.syncedTeams.add({ teamId: team.id, since: '2027-01-01T00:00:00.000Z' });
    const [item] = await listItems(hire.id);
    await setItemNote(item!, 'Klar mandag');
    await removeItem(item!);
    const entries = await db.outbox.toArray();
    expect(entries).toMatchObject([
      { teamId: team.id, table: 'items', key: item!.id, op: 'put', changed: ['note'] },
      { teamId: team.id, table: 'items', key: item!.id, op: 'delete' },
    ]);
    await forgetMiddleware();
  });

  it('is replayed into the document by the next bridge after a crash, and stored', async () => {
    const { team, hire } = await hireFixture();
    const first = await startBridge(db);
    await first.shareTeam(team.id);
    await first.flush();
    await first.stop();
    // The app dies after these commits, before any replay.
    await recordWithoutReplay();
    const [item] = await listItems(hire.id);
    await setItemDone(item!, true);
    await renameTeam(team.id, 'Team Nord');
    expect(await db.outbox.count()).toBe(2);
    await forgetMiddleware();

    const restarted = await bridgeOn(db);
    await restarted.idle();
    expect(await db.outbox.count()).toBe(0);
    const doc = await restarted.doc(team.id);
    const items = doc.getMap<Y.Map<unknown>>('items');
    expect(items.get(item!.id)?.get('done')).toBe(true);
    expect(doc.getMap<Y.Map<unknown>>('teams').get(team.id)?.get('name')).toBe('Team Nord');
    expect(items.size).toBe((await db.items.count()) - 0);

    // What was replayed is stored on this device: a later start reads it back.
    await restarted.stop();
    started.splice(0);
    const again = await bridgeOn(db);
    const reread = (await again.doc(team.id)).getMap<Y.Map<unknown>>('items');
    expect(reread.get(item!.id)?.get('done')).toBe(true);
  });

  it('changes nothing when the same entries are replayed twice', async () => {
    const { team, hire } = await hireFixture();
    const bridge = await bridgeOn(db);
    await bridge.shareTeam(team.id);
    await bridge.flush();
    await bridge.stop();
    started.splice(0);
    await recordWithoutReplay();
    const [teamItem] = await listItems(team.id);
    await setItemDone(teamItem!, true);
    await renameTeam(team.id, 'Team Nord');
    await deleteHire(hire.id);
    const entries = await db.outbox.toArray();
    await forgetMiddleware();

    const restarted = await bridgeOn(db);
    await restarted.idle();
    const doc = await restarted.doc(team.id);
    const state = Y.encodeStateAsUpdate(doc);
    const stored = await db.syncUpdates.count();
    const dexieBefore = await db.items.toArray();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    await db.outbox.bulkAdd(entries);
    await restarted.flush();
    expect(updates).toEqual([]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(state);
    expect(await db.syncUpdates.count()).toBe(stored);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.items.toArray()).toEqual(dexieBefore);
  });

  it('shares a team created after the bridge started only once it is shared', async () => {
    const bridge = await bridgeOn(db);
    const team = await createTeam('Team Syd');
    await bridge.idle();
    expect(await db.syncUpdates.count()).toBe(0);
    expect(deviceSyncs()).toBe(false);
    await bridge.shareTeam(team.id);
    expect(deviceSyncs()).toBe(true);
    await bridge.flush();
    const teams = (await bridge.doc(team.id)).getMap<Y.Map<unknown>>('teams');
    expect(teams.get(team.id)?.toJSON()).toEqual(await db.teams.get(team.id));
  });
});
