import * as Y from 'yjs';
import { recordKey, sameValue, SYNCED_TABLES, TOMBSTONES } from './schema';
import type { OutboxEntry, SyncedRecord, SyncedTable } from './types';

// A team's document: one Y.Map per table, holding each record as a nested Y.Map of its fields
// (so concurrent edits to different fields both survive), and a tombstone map. A record is
// live while its table holds it AND no tombstone names it. A deletion removes the record and
// sets its tombstone; an edit made meanwhile elsewhere lands in the removed map (Yjs drops it)
// or, replayed later, meets the tombstone and is skipped. So the deletion wins on every device.

type RecordMap = Y.Map<unknown>;

function tableOf(doc: Y.Doc, table: SyncedTable): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(table);
}

function tombstonesOf(doc: Y.Doc): Y.Map<string> {
  return doc.getMap<string>(TOMBSTONES);
}

/** The record as the document holds it, or null when it is deleted or was never there. */
export function readRecord(doc: Y.Doc, table: SyncedTable, id: string): SyncedRecord | null {
  if (tombstonesOf(doc).has(recordKey(table, id))) return null;
  const fields = tableOf(doc, table).get(id);
  return fields ? (fields.toJSON() as SyncedRecord) : null;
}

function setFields(fields: RecordMap, record: SyncedRecord, names: Iterable<string>): void {
  for (const name of names) {
    const value = record[name];
    if (value === undefined) {
      if (fields.has(name)) fields.delete(name);
    } else if (!sameValue(fields.get(name), value)) {
      fields.set(name, value);
    }
  }
}

/**
 * Writes committed changes into the document (call inside one `doc.transact`). Writes only
 * what differs, so replaying the same entries again changes nothing.
 */
export function applyEntries(doc: Y.Doc, entries: readonly OutboxEntry[]): void {
  const tombstones = tombstonesOf(doc);
  for (const entry of entries) {
    const table = tableOf(doc, entry.table);
    const tombstone = recordKey(entry.table, entry.key);
    if (entry.op === 'delete') {
      if (!tombstones.has(tombstone)) tombstones.set(tombstone, new Date().toISOString());
      if (table.has(entry.key)) table.delete(entry.key);
      continue;
    }
    const created = entry.changed === 'all';
    if (tombstones.has(tombstone)) {
      // An edit of a deleted record loses; a record made again here (an undo) comes back.
      if (!created) continue;
      tombstones.delete(tombstone);
    }
    const existing = table.get(entry.key);
    if (existing && !created) {
      setFields(existing, entry.record, entry.changed as string[]);
    } else if (existing) {
      setFields(
        existing,
        entry.record,
        new Set([...existing.keys(), ...Object.keys(entry.record)]),
      );
    } else {
      // New here, or an edit of a record the document lacks: it gets the whole record.
      const fields: RecordMap = new Y.Map();
      table.set(entry.key, fields);
      setFields(fields, entry.record, Object.keys(entry.record));
    }
  }
}

/** Records touched by other devices, by `recordKey`: their changed fields, or 'all'. */
export type RecordChanges = Map<
  string,
  { table: SyncedTable; id: string; fields: ReadonlySet<string> | 'all' }
>;

export function noteChange(
  changes: RecordChanges,
  table: SyncedTable,
  id: string,
  fields: ReadonlySet<string> | 'all',
): void {
  const key = recordKey(table, id);
  const known = changes.get(key)?.fields;
  const merged =
    known === undefined
      ? fields
      : known === 'all' || fields === 'all'
        ? 'all'
        : new Set([...known, ...fields]);
  changes.set(key, { table, id, fields: merged });
}

/**
 * Notes in `changes` every record that a transaction of another origin touched (a table's
 * own event: records added, replaced or removed; a record's event: its fields; a tombstone:
 * the whole record). Returns a function that stops observing.
 */
export function observeRecords(
  doc: Y.Doc,
  isOwn: (origin: unknown) => boolean,
  changes: RecordChanges,
): () => void {
  const stops: (() => void)[] = [];
  for (const table of SYNCED_TABLES) {
    const map = tableOf(doc, table);
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
      if (isOwn(tr.origin)) return;
      for (const event of events) {
        const keys = (event as Y.YMapEvent<unknown>).keysChanged;
        if (event.path.length === 0) keys.forEach((id) => noteChange(changes, table, id, 'all'));
        else noteChange(changes, table, String(event.path[0]), keys);
      }
    };
    map.observeDeep(observer);
    stops.push(() => map.unobserveDeep(observer));
  }
  const tombstones = tombstonesOf(doc);
  const onTombstone = (event: Y.YMapEvent<string>, tr: Y.Transaction) => {
    if (isOwn(tr.origin)) return;
    for (const key of event.keysChanged) {
      const slash = key.indexOf('/');
      noteChange(changes, key.slice(0, slash) as SyncedTable, key.slice(slash + 1), 'all');
    }
  };
  tombstones.observe(onTombstone);
  stops.push(() => tombstones.unobserve(onTombstone));
  return () => stops.forEach((stop) => stop());
}
