import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GodtBegyndtDb } from '../../src/db/db';
import { sampleBackup } from '../support/backupFixture';

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

    expect(upgraded.verno).toBe(3);
    expect(await upgraded.teams.toArray()).toEqual(data.teams);
    expect(await upgraded.hires.toArray()).toEqual(data.hires);
    expect(await upgraded.items.orderBy('id').toArray()).toEqual(data.items);
    expect(await upgraded.talks.orderBy('id').toArray()).toEqual(data.talks);
    expect(await upgraded.answers.toArray()).toEqual(data.answers);
    expect(await upgraded.settings.toArray()).toEqual(data.settings);
    expect(await upgraded.device.count()).toBe(0);
  });

  it('builds the new indexes over the old records', async () => {
    const { name } = await writeVersion1Database();
    const upgraded = new GodtBegyndtDb(name);
    opened.push(upgraded);

    const upcoming = await upgraded.talks.where('date').aboveOrEqual('2027-04-01').toArray();
    expect(upcoming.map((talk) => talk.id)).toEqual(['talk-2']);
    const guideItem = await upgraded.items
      .where('[ownerId+templateId]')
      .equals(['team-1', 'team-day'])
      .first();
    expect(guideItem?.id).toBe('item-1');
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
