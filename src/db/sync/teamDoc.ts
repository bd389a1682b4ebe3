import * as Y from 'yjs';
import {
  PRIVATE_TABLES,
  privateFieldsOf,
  recordKey,
  sameValue,
  SYNCED_TABLES,
  TOMBSTONES,
} from './schema';
import type { OutboxEntry, SyncedRecord, SyncedTable } from './types';

// A team's document: one Y.Map per table, holding each record as a nested Y.Map of its fields
// (so concurrent edits to different fields both survive), and a tombstone map. A record is
// live while its table holds it AND no tombstone names it. A deletion removes the record and
// sets its tombstone; an edit made meanwhile elsewhere lands in the removed map (Yjs drops it)
// or, replayed later, meets the tombstone and is skipped. So the deletion wins on every device.
// A record's private fields (privateFieldsOf) live in the private document instead, in the same
// shape; a device that holds no private document (staff) neither writes nor reads them.

type RecordMap = Y.Map<unknown>;

function tableOf(doc: Y.Doc, table: SyncedTable): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(table);
}

function tombstonesOf(doc: Y.Doc): Y.Map<string> {
  return doc.getMap<string>(TOMBSTONES);
}

/**
 * The record as the documents hold it, or null when it is deleted or was never there: its
 * private fields come from the private document only, and are left out without one.
 */
export function readRecord(
  doc: Y.Doc,
  privateDoc: Y.Doc | null,
  table: SyncedTable,
  id: string,
): SyncedRecord | null {
  if (tombstonesOf(doc).has(recordKey(table, id))) return null;
  const fields = tableOf(doc, table).get(id);
  if (!fields) return null;
  const shared = fields.toJSON() as SyncedRecord;
  const hidden = privateFieldsOf(table, shared);
  const kept = privateDoc ? tableOf(privateDoc, table).get(id) : undefined;
  const record = Object.fromEntries(
    Object.entries(shared).filter(([name]) => !hidden.includes(name)),
  ) as SyncedRecord;
  for (const name of hidden) {
    const value = kept?.get(name);
    if (value !== undefined) record[name] = value;
  }
  return record;
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

/** The record's map in the private document; made when `create` and it is missing. */
function privateRecord(privateDoc: Y.Doc, table: SyncedTable, id: string, create: boolean) {
  const map = tableOf(privateDoc, table);
  let fields = map.get(id);
  if (!fields && create) map.set(id, (fields = new Y.Map()));
  return fields;
}

/**
 * Writes committed changes into the documents (call inside one `doc.transact`): the private
 * fields into `privateDoc`, or nowhere when it is null, the rest into `doc`. Writes only what
 * differs, so replaying the same entries again changes nothing.
 */
export function applyEntries(
  doc: Y.Doc,
  privateDoc: Y.Doc | null,
  entries: readonly OutboxEntry[],
): void {
  const tombstones = tombstonesOf(doc);
  for (const entry of entries) {
    const table = tableOf(doc, entry.table);
    const tombstone = recordKey(entry.table, entry.key);
    if (entry.op === 'delete') {
      if (!tombstones.has(tombstone)) tombstones.set(tombstone, new Date().toISOString());
      if (table.has(entry.key)) table.delete(entry.key);
      if (privateDoc && tableOf(privateDoc, entry.table).has(entry.key)) {
        tableOf(privateDoc, entry.table).delete(entry.key);
      }
      continue;
    }
    const created = entry.changed === 'all';
    if (tombstones.has(tombstone)) {
      // An edit of a deleted record loses; a record made again here (an undo) comes back.
      if (!created) continue;
      tombstones.delete(tombstone);
    }
    const hidden = new Set(privateFieldsOf(entry.table, entry.record));
    const shared = (names: Iterable<string>) => [...names].filter((name) => !hidden.has(name));
    const existing = table.get(entry.key);
    if (existing && !created) {
      setFields(existing, entry.record, shared(entry.changed as string[]));
    } else if (existing) {
      const names = new Set([...existing.keys(), ...Object.keys(entry.record)]);
      setFields(existing, entry.record, shared(names));
    } else {
      // New here, or an edit of a record the document lacks: it gets the whole record.
      const fields: RecordMap = new Y.Map();
      table.set(entry.key, fields);
      setFields(fields, entry.record, shared(Object.keys(entry.record)));
    }
    if (!privateDoc || hidden.size === 0) continue;
    const kept = privateRecord(privateDoc, entry.table, entry.key, false);
    const names =
      created || !kept ? [...hidden] : (entry.changed as string[]).filter((n) => hidden.has(n));
    const given = names.some((name) => entry.record[name] !== undefined);
    const fields = kept ?? (given ? privateRecord(privateDoc, entry.table, entry.key, true) : null);
    if (fields) setFields(fields, entry.record, names);
  }
}

/**
 * Moves private fields that `doc` holds (written there before they had a document of their
 * own) into `privateDoc`, and deletes them from `doc`. A value the private document holds
 * already is newer and stays, unless it is empty (a note not written yet). Call inside one
 * transaction. With `only`, just those records are looked at (the ones just changed).
 */
export function movePrivateFields(doc: Y.Doc, privateDoc: Y.Doc, only?: RecordChanges): void {
  for (const table of PRIVATE_TABLES) {
    const records = tableOf(doc, table);
    const looked: Iterable<[string, RecordMap | undefined]> = only
      ? [...only.values()]
          .filter((change) => change.table === table)
          .map(({ id }) => [id, records.get(id)])
      : records.entries();
    for (const [id, fields] of looked) {
      if (!fields) continue;
      const found = privateFieldsOf(table, fields.toJSON() as SyncedRecord).filter((name) =>
        fields.has(name),
      );
      if (found.length === 0) continue;
      const kept = privateRecord(privateDoc, table, id, true) as RecordMap;
      for (const name of found) {
        if (!kept.get(name)) kept.set(name, fields.get(name));
        fields.delete(name);
      }
    }
  }
}

/** A record touched by another device: its changed fields, or 'all'. */
export interface RecordChange {
  table: SyncedTable;
  id: string;
  fields: ReadonlySet<string> | 'all';
}

/** Records touched by other devices, by `recordKey`. */
export type RecordChanges = Map<string, RecordChange>;

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
