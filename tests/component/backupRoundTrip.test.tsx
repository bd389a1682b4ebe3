import { describe, expect, it } from 'vitest';
import {
  createBackup,
  importBackup,
  parseBackup,
  serializeBackup,
  type BackupScope,
} from '../../src/db/backup';
import {
  addItem,
  removeItem,
  setItemDone,
  setItemHidden,
  setItemNote,
} from '../../src/db/checklist';
import { db } from '../../src/db/db';
import { failStorageWrites, STORAGE_FAILURE } from '../support/storage';
import { deleteAllData, getBackupStatus } from '../../src/db/device';
import { createHire } from '../../src/db/hireWrites';
import { listTalks } from '../../src/db/talkReads';
import {
  moveTalk,
  setCustomaryDaysOff,
  setTalkNotes,
  setTalkStatus,
} from '../../src/db/talkWrites';
import { createTeam, setTeamArchived } from '../../src/db/teams';
import type { Talk } from '../../src/domain/types';
import { sampleBackup } from '../support/backupFixture';
import { hireDraft, teamRecord } from '../support/records';

function withoutSequence(talk: Talk): Talk {
  const copy = { ...talk };
  delete copy.sequence;
  return copy;
}

/**
 * Every record of every backed-up table, sorted, for exact comparison – apart from the
 * talks' calendar SEQUENCE, which a restore raises on purpose (tests/unit/icsSequence.test.ts).
 */
async function snapshot() {
  const byId = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    teams: byId(await db.teams.toArray()),
    hires: byId(await db.hires.toArray()),
    items: byId(await db.items.toArray()),
    talks: byId(await db.talks.toArray()).map(withoutSequence),
    answers: byId(await db.answers.toArray()),
    settings: await db.settings.orderBy('key').toArray(),
  };
}

/** Two teams (one archived), hires with ticks, notes, own items, moved talks and answers. */
async function fillDatabase() {
  const north = await createTeam('Bostøtten Nord');
  const south = await createTeam('Team <b>Syd</b> & "venner"');
  const mk = await createHire(north.id, hireDraft());
  await createHire(
    south.id,
    hireDraft({
      name: 'Ali',
      jobTitle: '',
      startDate: '2027-01-31',
      probationMonths: 1,
      weeklyHours: null,
    }),
  );
  const [first, second, third] = await db.items.where('ownerId').equals(north.id).sortBy('order');
  await setItemDone(first!, true);
  await setItemNote(second!, 'Brugerrådet spørges på mødet den 3. marts.\nHusk dagsorden.');
  await setItemHidden(third!, true);
  const own = await addItem(mk.id, 'onboarding', { title: 'Nøgle og adgangskort' });
  await setItemDone(own, true);
  const gone = await addItem(mk.id, 'onboarding', { title: 'Slettes igen' });
  await removeItem(gone);
  await addItem(mk.id, 'onboarding', { templateId: 'supervision' });
  const [talk, nextTalk] = await listTalks(mk.id);
  await moveTalk(talk!.id, '2027-04-01', '09:30');
  await setTalkNotes(talk!.id, 'Privat: gik godt, vil gerne flere gruppeforløb.');
  await setTalkStatus(nextTalk!.id, 'held');
  await db.answers.put({
    id: 'answer-1',
    teamId: north.id,
    questionId: 'why-peer',
    text: 'Fordi levet erfaring er en faglighed.',
    updatedAt: '2027-02-03T09:00:00.000Z',
  });
  await setCustomaryDaysOff(false);
  await setTeamArchived(south.id, true);
  return { north, south, mk };
}

async function exportText(scope: BackupScope = { kind: 'all' }) {
  return serializeBackup(await createBackup(scope));
}

function parsed(text: string) {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`Backup refused: ${result.problem} ${result.detail ?? ''}`);
  return result.backup;
}

describe('backup round trip', () => {
  it('export → delete everything → import gives back every record, equal', async () => {
    await fillDatabase();
    const before = await snapshot();
    expect(before.talks.length).toBeGreaterThan(3);
    const text = await exportText();

    await deleteAllData();
    expect(await db.teams.count()).toBe(0);
    expect(await db.items.count()).toBe(0);

    await importBackup(parsed(text), 'replace');
    expect(await snapshot()).toEqual(before);
  });

  it('"replace all" removes what was there before', async () => {
    await fillDatabase();
    const text = await exportText();
    const before = await snapshot();
    const extra = await createTeam('Made after the backup');

    await importBackup(parsed(text), 'replace');
    expect(await db.teams.get(extra.id)).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('"add as new" keeps existing data and adds copies with new ids and remapped references', async () => {
    const { north } = await fillDatabase();
    const before = await snapshot();
    await importBackup(parsed(await exportText()), 'add');

    const after = await snapshot();
    expect(after.teams).toHaveLength(before.teams.length * 2);
    expect(after.talks).toHaveLength(before.talks.length * 2);
    for (const team of before.teams) expect(after.teams).toContainEqual(team);
    const copies = after.teams.filter((team) => team.name === north.name);
    expect(copies).toHaveLength(2);
    const copy = copies.find((team) => team.id !== north.id)!;
    const copiedHires = await db.hires.where('teamId').equals(copy.id).toArray();
    expect(copiedHires.map((hire) => hire.name)).toEqual(['MK']);
    const copiedTalks = await listTalks(copiedHires[0]!.id);
    expect(copiedTalks.map((talk) => talk.notes)).toContain(
      'Privat: gik godt, vil gerne flere gruppeforløb.',
    );
    expect(await db.items.where('ownerId').equals(copy.id).count()).toBe(
      await db.items.where('ownerId').equals(north.id).count(),
    );
    expect(after.settings).toEqual(before.settings);
  });

  it('restores a file from before stable ids under stable ids, without duplicates', async () => {
    // Written by an older app on two devices: random ids, one talk and one guide item twice.
    const file = sampleBackup();
    const [talk] = file.data.talks;
    const [guideItem] = file.data.items;
    file.data.talks.push({ ...talk!, id: 'talk-twin', movedByHand: false, time: null, notes: '' });
    file.data.items.push({ ...guideItem!, id: 'item-twin', done: false, doneAt: null, note: '' });
    const backup = parsed(JSON.stringify(file));

    for (const mode of ['replace', 'add'] as const) {
      await importBackup(backup, mode);
      const hireIds = await db.hires.toCollection().primaryKeys();
      for (const hireId of hireIds) {
        const talks = await listTalks(hireId);
        expect(talks.map((one) => one.id)).toEqual([`${hireId}:after-14-days`]);
        // The twin with the hand-made work is the one kept.
        expect(talks[0]).toMatchObject({ time: '10:00', notes: 'Privat note' });
      }
      const guideItems = await db.items.filter((item) => item.templateId === 'team-day').toArray();
      expect(guideItems.map((item) => item.id)).toEqual(
        (await db.teams.toCollection().primaryKeys()).map((teamId) => `${teamId}:team-day`),
      );
      expect(guideItems.every((item) => item.note === 'Holdt på temadagen')).toBe(true);
    }
    expect(await db.hires.count()).toBe(2);
  });

  it('exports one team with its hires and nothing of other teams', async () => {
    const { north, mk } = await fillDatabase();
    const backup = parsed(await exportText({ kind: 'team', teamId: north.id }));
    expect(backup.scope).toBe('team');
    expect(backup.data.teams.map((team) => team.id)).toEqual([north.id]);
    expect(backup.data.hires.map((hire) => hire.id)).toEqual([mk.id]);
    const owners = new Set(backup.data.items.map((item) => item.ownerId));
    expect(owners).toEqual(new Set([north.id, mk.id]));
    expect(backup.data.talks.every((talk) => talk.hireId === mk.id)).toBe(true);
    expect(backup.data.answers).toHaveLength(1);
    expect(backup.data.settings).toEqual([]);
  });

  it('changes nothing when the import fails half-way', async () => {
    await fillDatabase();
    const text = await exportText();
    await createTeam('Only here');
    const before = await snapshot();
    // Teams and hires are written first; the disk fails at the talks.
    failStorageWrites({ stores: ['talks'] });

    await expect(importBackup(parsed(text), 'replace')).rejects.toThrow(STORAGE_FAILURE);
    await expect(importBackup(parsed(text), 'add')).rejects.toThrow(STORAGE_FAILURE);
    expect(await snapshot()).toEqual(before);
  });
});

describe('unsaved work and the last backup', () => {
  it('marks the first change after a backup, and a full backup clears it', async () => {
    expect(await getBackupStatus()).toMatchObject({ lastBackupAt: null, unsavedSince: null });
    const team = await createTeam('Team A');
    const firstChange = (await getBackupStatus()).unsavedSince;
    expect(firstChange).not.toBeNull();
    await setItemDone((await db.items.toArray())[0]!, true);
    expect((await getBackupStatus()).unsavedSince).toBe(firstChange);

    await createBackup({ kind: 'team', teamId: team.id });
    expect((await getBackupStatus()).unsavedSince).toBe(firstChange);

    await createBackup({ kind: 'all' });
    const status = await getBackupStatus();
    expect(status.unsavedSince).toBeNull();
    expect(status.lastBackupAt).not.toBeNull();

    await setItemNote((await db.items.toArray())[0]!, 'ny note');
    expect((await getBackupStatus()).unsavedSince).not.toBeNull();
  });

  it('does not mark a change that was rolled back', async () => {
    await expect(
      db.transaction('rw', db.teams, async () => {
        await db.teams.add(teamRecord());
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.teams.count()).toBe(0);
    expect((await getBackupStatus()).unsavedSince).toBeNull();
  });

  it('counts the data as saved after "replace all", but not after "add as new"', async () => {
    await createTeam('Team A');
    const text = await exportText();
    await createTeam('Team B');
    await importBackup(parsed(text), 'add');
    expect((await getBackupStatus()).unsavedSince).not.toBeNull();
    await importBackup(parsed(text), 'replace');
    expect((await getBackupStatus()).unsavedSince).toBeNull();
  });

  it('leaves nothing behind when all data is deleted', async () => {
    await fillDatabase();
    await exportText();
    await deleteAllData();
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });
});
