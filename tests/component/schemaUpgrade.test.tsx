import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GodtBegyndtDb } from '../../src/db/db';
import { startBridge } from '../../src/db/sync/bridge';
import type { OutboxEntry } from '../../src/db/sync/types';
import { sampleBackup } from '../support/backupFixture';
import { hireRecord, itemRecord, talkRecord, teamRecord } from '../support/records';

const V1_STORES = {
  teams: 'id, createdAt',
  hires: 'id, teamId, createdAt',
  items: 'id, ownerId',
  talks: 'id, hireId',
  answers: 'id, teamId',
  settings: 'key',
};

let counter = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await database.delete();
  }
});

/** A database written by the version-1 app: every table filled, then closed. */
async function writeVersion1Database() {
  const name = `godt-begyndt-v1-fixture-${++counter}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  const { data } = sampleBackup();
  const extraTalk = {
    ...data.talks[0]!,
    id: 'talk-2',
    key: 'week-before-midpoint',
    date: '2027-04-20',
  };
  await v1.transaction('rw', v1.tables, async () => {
    await v1.table('teams').bulkAdd(data.teams);
    await v1.table('hires').bulkAdd(data.hires);
    await v1.table('items').bulkAdd(data.items);
    await v1.table('talks').bulkAdd([...data.talks, extraTalk]);
    await v1.table('answers').bulkAdd(data.answers);
    await v1.table('settings').bulkAdd(data.settings);
  });
  expect(v1.verno).toBe(1);
  v1.close();
  return { name, data: { ...data, talks: [...data.talks, extraTalk] } };
}

describe('schema upgrade from version 1', () => {
  it('opens a version-1 database and finds every record', async () => {
    const { name, data } = await writeVersion1Database();
    const upgraded = new GodtBegyndtDb(name);
    opened.push(upgraded);
    await upgraded.open();

    expect(upgraded.verno).toBe(4);
    expect(await upgraded.teams.toArray()).toEqual(data.teams);
    expect(await upgraded.hires.toArray()).toEqual(data.hires);
    // Version 4 gives guide items and talks their stable ids; an own item keeps its id.
    const [guideItem, ownItem] = data.items;
    expect(await upgraded.items.orderBy('id').toArray()).toEqual([
      ownItem,
      { ...guideItem, id: 'team-1:team-day' },
    ]);
    const [afterFourteenDays, weekBeforeMidpoint] = data.talks;
    expect(await upgraded.talks.orderBy('id').toArray()).toEqual([
      { ...afterFourteenDays, id: 'hire-1:after-14-days', calendarId: 'talk-1' },
      { ...weekBeforeMidpoint, id: 'hire-1:week-before-midpoint', calendarId: 'talk-2' },
    ]);
    expect(await upgraded.answers.toArray()).toEqual(data.answers);
    expect(await upgraded.settings.toArray()).toEqual(data.settings);
    expect(await upgraded.device.count()).toBe(0);
  });

  it('builds the new indexes over the old records', async () => {
    const { name } = await writeVersion1Database();
    const upgraded = new GodtBegyndtDb(name);
    opened.push(upgraded);

    const upcoming = await upgraded.talks.where('date').aboveOrEqual('2027-04-01').toArray();
    expect(upcoming.map((talk) => talk.calendarId)).toEqual(['talk-2']);
    const guideItem = await upgraded.items
      .where('[ownerId+templateId]')
      .equals(['team-1', 'team-day'])
      .first();
    expect(guideItem?.note).toBe('Holdt på temadagen');
  });

  it('keeps working on the upgraded data: a change is stored and marked as not backed up', async () => {
    const { name } = await writeVersion1Database();
    const upgraded = new GodtBegyndtDb(name);
    opened.push(upgraded);
    await upgraded.items.update('item-2', { done: true });
    expect((await upgraded.items.get('item-2'))?.done).toBe(true);
    expect(await upgraded.device.get('unsavedSince')).toBeDefined();
  });
});

const V3_STORES: Record<string, string>[] = [
  V1_STORES,
  {
    talks: 'id, hireId, date',
    items: 'id, ownerId, [ownerId+templateId]',
    device: 'key',
  },
  { outbox: '++seq', syncedTeams: 'teamId', syncUpdates: '++seq, doc' },
];

/**
 * A database written by the version-3 app on a device that shares team-1: hand-made work on
 * talks and guide items under random ids, a talk and a guide item made twice (as two offline
 * devices did before ids were stable), and a change still waiting in the outbox.
 */
async function writeVersion3Database() {
  const name = `godt-begyndt-v3-fixture-${++counter}`;
  const v3 = new Dexie(name);
  V3_STORES.forEach((stores, index) => v3.version(index + 1).stores(stores));
  const date = '2027-03-30';
  const talks = {
    untouchedTwin: talkRecord({ id: 'dup-a', key: 'after-14-days', date }),
    heldTwin: talkRecord({
      id: 'dup-b',
      key: 'after-14-days',
      date,
      status: 'held',
      notes: 'Gik godt',
      sequence: 7,
    }),
    moved: talkRecord({
      id: 'talk-3',
      key: 'three-weeks-before-end',
      computedDate: '2027-05-24',
      date: '2027-05-26',
      movedByHand: true,
      time: '13:15',
      sequence: 3,
    }),
  };
  const items = {
    tickedTwin: itemRecord({
      id: 'w1',
      templateId: 'workspace',
      done: true,
      doneAt: '2027-03-16T08:00:00.000Z',
    }),
    untickedTwin: itemRecord({ id: 'w2', templateId: 'workspace', order: 1 }),
    hidden: itemRecord({
      id: 'td',
      ownerId: 'team-1',
      kind: 'team',
      templateId: 'team-day',
      hidden: true,
      order: 5,
    }),
    own: itemRecord({ id: 'own-1', title: 'Nøglekort', order: 6 }),
  };
  const pending: OutboxEntry = {
    teamId: 'team-1',
    table: 'talks',
    key: 'talk-3',
    op: 'put',
    record: { ...talks.moved },
    changed: ['time'],
  };
  await v3.transaction('rw', v3.tables, async () => {
    await v3.table('teams').add(teamRecord());
    await v3.table('hires').add(hireRecord());
    await v3.table('talks').bulkAdd(Object.values(talks));
    await v3.table('items').bulkAdd(Object.values(items));
    await v3.table('syncedTeams').add({ teamId: 'team-1', since: '2027-03-01T00:00:00.000Z' });
    await v3.table('outbox').add(pending);
  });
  v3.close();
  return { name, talks, items, pending };
}

describe('schema upgrade to version 4: stable ids', () => {
  it('keeps every hand-made choice, and of a duplicate the one with the most work', async () => {
    const { name, talks, items } = await writeVersion3Database();
    const upgraded = new GodtBegyndtDb(name);
    opened.push(upgraded);

    expect(await upgraded.talks.orderBy('id').toArray()).toEqual([
      // Held with notes beats untouched; the sequence is kept, not raised, by the upgrade.
      { ...talks.heldTwin, id: 'hire-1:after-14-days', calendarId: 'dup-b' },
      { ...talks.moved, id: 'hire-1:three-weeks-before-end', calendarId: 'talk-3' },
    ]);
    expect(await upgraded.items.orderBy('id').toArray()).toEqual([
      { ...items.tickedTwin, id: 'hire-1:workspace' },
      items.own,
      { ...items.hidden, id: 'team-1:team-day' },
    ]);
    expect(await upgraded.device.get('unsavedSince')).toBeUndefined();
  });

  it("tells the shared team's other devices: pending entries first, then the moves", async () => {
    const { name, pending } = await writeVersion3Database();
    const upgraded = new GodtBegyndtDb(name);
    opened.push(upgraded);

    const entries = await upgraded.outbox.toArray();
    expect(entries[0]).toMatchObject(pending);
    const moves = entries.slice(1).map((entry) => [entry.table, entry.op, entry.key]);
    expect(moves).toEqual([
      ['talks', 'delete', 'dup-a'],
      ['talks', 'delete', 'dup-b'],
      ['talks', 'delete', 'talk-3'],
      ['talks', 'put', 'hire-1:after-14-days'],
      ['talks', 'put', 'hire-1:three-weeks-before-end'],
      ['items', 'delete', 'td'],
      ['items', 'delete', 'w1'],
      ['items', 'delete', 'w2'],
      ['items', 'put', 'team-1:team-day'],
      ['items', 'put', 'hire-1:workspace'],
    ]);
  });

  it('upgrades under a running sync bridge: its document ends with the stable ids only', async () => {
    const { name } = await writeVersion3Database();
    const upgraded = new GodtBegyndtDb(name);
    opened.push(upgraded);
    // As at start-up on a device that syncs: the bridge starts before the database opens.
    const bridge = await startBridge(upgraded);
    await bridge.flush();
    const doc = await bridge.doc('team-1');
    await bridge.stop();

    expect([...doc.getMap('talks').keys()].sort()).toEqual([
      'hire-1:after-14-days',
      'hire-1:three-weeks-before-end',
    ]);
    expect(doc.getMap('deleted').has('talks/talk-3')).toBe(true);
    expect(await upgraded.outbox.count()).toBe(0);
    expect((await upgraded.talks.get('hire-1:three-weeks-before-end'))?.time).toBe('13:15');
  });
});
