import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listItems, setItemNote } from '../../src/db/checklist';
import { db, GodtBegyndtDb } from '../../src/db/db';
import { setTalkNotes } from '../../src/db/talkWrites';
import { listTalks } from '../../src/db/talkReads';
import { startBridge, type SyncBridge } from '../../src/db/sync/bridge';
import { LINK_PREFIX } from '../../src/db/syncLink';
import type { DeviceRole } from '../../src/db/syncServer';
import { hireFixture } from '../component/fixtures';

// Device A (the app's database) made the team; B is another manager device, C a staff device.
// Their documents are wired in memory as the server would (C is never given `private:`).

const WIRE = Symbol('wire');
const started: SyncBridge[] = [];
const devices: GodtBegyndtDb[] = [];

afterEach(async () => {
  for (const bridge of started.splice(0)) await bridge.stop();
  for (const device of devices.splice(0)) await device.delete();
});

function wire(a: Y.Doc, b: Y.Doc): void {
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== WIRE) Y.applyUpdate(b, update, WIRE);
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== WIRE) Y.applyUpdate(a, update, WIRE);
  });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), WIRE);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), WIRE);
}

async function bridgeOn(database: GodtBegyndtDb): Promise<SyncBridge> {
  const bridge = await startBridge(database);
  started.push(bridge);
  return bridge;
}

/** A device that joins the team as `role`; `before` writes what it held before it synced. */
async function joined(
  a: SyncBridge,
  teamId: string,
  role: DeviceRole,
  name: string,
  before: (device: GodtBegyndtDb) => Promise<unknown> = async () => {},
) {
  const device = new GodtBegyndtDb(`sync-private-${name}`);
  devices.push(device);
  await before(device);
  const link = { teamId, deviceId: name, token: 't', role, server: 'https://sync.test' };
  await device.device.put({ key: LINK_PREFIX + teamId, value: link });
  const bridge = await bridgeOn(device);
  await bridge.joinTeam(teamId);
  wire(await a.doc(teamId), await bridge.doc(teamId));
  const [privateA, privateB] = [await a.privateDoc(teamId), await bridge.privateDoc(teamId)];
  if (privateA && privateB) wire(privateA, privateB);
  await bridge.idle();
  return { device, bridge };
}

async function setUp() {
  const { team, hire } = await hireFixture();
  const a = await bridgeOn(db);
  await a.shareTeam(team.id);
  await a.flush();
  const [talk] = await listTalks(hire.id);
  const items = await listItems(hire.id);
  const privateItem = items.find((item) => item.templateId === 'accommodations')!;
  const plainItem = items.find((item) => item !== privateItem)!;
  return { a, team, hire, talk: talk!, privateItem, plainItem };
}

function teamFields(doc: Y.Doc, table: string, id: string): Record<string, unknown> {
  return (doc.getMap<Y.Map<unknown>>(table).get(id)?.toJSON() ?? {}) as Record<string, unknown>;
}

describe('private notes in a shared team', () => {
  it('reach the other manager device and never the staff device', async () => {
    const { a, team, talk, privateItem, plainItem } = await setUp();
    const b = await joined(a, team.id, 'manager', 'b');
    const c = await joined(a, team.id, 'staff', 'c');
    await setTalkNotes(talk.id, 'Talte om skæve arbejdstider');
    await setItemNote(privateItem, 'Hviler sig kl. 11');
    await setItemNote(plainItem, 'Nøglen ligger i skabet');
    await a.flush();
    await b.bridge.idle();
    await c.bridge.idle();

    expect((await b.device.talks.get(talk.id))?.notes).toBe('Talte om skæve arbejdstider');
    expect((await b.device.items.get(privateItem.id))?.note).toBe('Hviler sig kl. 11');
    expect((await c.device.items.get(plainItem.id))?.note).toBe('Nøglen ligger i skabet');
    expect(await c.bridge.privateDoc(team.id)).toBeNull();
    const staffDoc = await c.bridge.doc(team.id);
    expect(teamFields(staffDoc, 'talks', talk.id)).not.toHaveProperty('notes');
    expect(teamFields(staffDoc, 'items', privateItem.id)).not.toHaveProperty('note');
    expect(await c.device.talks.get(talk.id)).not.toHaveProperty('notes');
    expect(await c.device.items.get(privateItem.id)).not.toHaveProperty('note');

    // A staff edit of another field merges in, and the manager's notes stay.
    await c.device.items.update(privateItem.id, { done: true });
    await c.bridge.flush();
    await a.idle();
    expect(await db.items.get(privateItem.id)).toMatchObject({
      done: true,
      note: 'Hviler sig kl. 11',
    });
  });

  it('moves notes written into team: before into private:, and the staff device drops them', async () => {
    const { a, team, talk, privateItem } = await setUp();
    const teamDoc = await a.doc(team.id);
    // A device of the earlier version wrote the notes into the team's document.
    teamDoc.transact(() => {
      teamDoc.getMap<Y.Map<unknown>>('talks').get(talk.id)!.set('notes', 'Gammel note');
      teamDoc.getMap<Y.Map<unknown>>('items').get(privateItem.id)!.set('note', 'Gammel aftale');
    }, WIRE);
    await a.idle();
    // The staff device held the talk's note in Dexie from before.
    const c = await joined(a, team.id, 'staff', 'old-staff', (device) =>
      device.talks.put({ ...talk, notes: 'Gammel note' }),
    );

    expect(teamFields(teamDoc, 'talks', talk.id)).not.toHaveProperty('notes');
    expect(teamFields(teamDoc, 'items', privateItem.id)).not.toHaveProperty('note');
    const privateDoc = (await a.privateDoc(team.id))!;
    expect(teamFields(privateDoc, 'talks', talk.id)).toEqual({ notes: 'Gammel note' });
    expect(teamFields(privateDoc, 'items', privateItem.id)).toEqual({ note: 'Gammel aftale' });
    expect((await db.talks.get(talk.id))?.notes).toBe('Gammel note');
    expect((await db.items.get(privateItem.id))?.note).toBe('Gammel aftale');
    expect(await c.device.talks.get(talk.id)).not.toHaveProperty('notes');
  });
});
