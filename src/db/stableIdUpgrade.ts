import type { Transaction } from 'dexie';
import {
  idChanges,
  withStableItemIds,
  withStableTalkIds,
  type IdChanges,
} from '../domain/stableIds';
import type { ChecklistItem, Hire, Talk } from '../domain/types';
import type { OutboxEntry, SyncedRecord } from './sync/types';
import { teamOfRecord } from './teamRecords';

interface Moved {
  table: 'talks' | 'items';
  before: readonly SyncedRecord[];
  writes: IdChanges<SyncedRecord>;
}

async function moveTable<T extends Talk | ChecklistItem>(
  tx: Transaction,
  table: Moved['table'],
  toStable: (records: readonly T[]) => T[],
): Promise<Moved> {
  const stored = tx.table<T, string>(table);
  const before = await stored.toArray();
  const writes = idChanges(before, toStable(before));
  await stored.bulkDelete(writes.remove);
  await stored.bulkPut(writes.put);
  // Talks and items are records of synced tables; their types only lack the index signature.
  return { table, before, writes } as unknown as Moved;
}

/**
 * The moves of a shared team's records, for its other devices: the old id deleted (its
 * tombstone keeps a device still on the old version from bringing it back), the record under
 * its stable id whole. Entries already waiting in the outbox under old ids stay as they are:
 * they replay first, and these, later in the outbox, supersede them (their changes are in the
 * records moved here).
 */
async function recordForOtherDevices(tx: Transaction, moved: readonly Moved[]): Promise<void> {
  const shared = new Set(await tx.table('syncedTeams').toCollection().primaryKeys());
  if (shared.size === 0) return;
  const teamOfHire = new Map(
    (await tx.table<Hire, string>('hires').toArray()).map((hire) => [hire.id, hire.teamId]),
  );
  const entries: OutboxEntry[] = [];
  for (const { table, before, writes } of moved) {
    const teamOf = async (record: SyncedRecord) => {
      const teamId = await teamOfRecord(table, record, (hireId) => teamOfHire.get(hireId));
      return teamId !== undefined && shared.has(teamId) ? teamId : undefined;
    };
    const removed = new Set(writes.remove);
    for (const record of before.filter(({ id }) => removed.has(id))) {
      const teamId = await teamOf(record);
      if (teamId) entries.push({ teamId, table, key: record.id, op: 'delete' });
    }
    for (const record of writes.put) {
      const teamId = await teamOf(record);
      if (teamId) {
        entries.push({ teamId, table, key: record.id, op: 'put', record, changed: 'all' });
      }
    }
  }
  await tx.table<OutboxEntry, number>('outbox').bulkAdd(entries);
}

/**
 * Dexie version 4 (issue 18): talks and guide items move to their stable ids
 * (src/domain/stableIds.ts), as they are: a moved date, a time, a status, notes, done, hidden,
 * order and the calendar sequence stay; the calendar UID stays the old one (Talk.calendarId).
 * Two records that come to the same id (duplicates) become the one with the most hand-made
 * work. Nothing else refers to talk or item ids (no route, no other table) but the outbox:
 * see recordForOtherDevices.
 */
export async function moveToStableIds(tx: Transaction): Promise<void> {
  const moved = [
    await moveTable<Talk>(tx, 'talks', withStableTalkIds),
    await moveTable<ChecklistItem>(tx, 'items', withStableItemIds),
  ];
  await recordForOtherDevices(tx, moved);
}
