import { PRIVATE_NOTE_TEMPLATE_IDS } from '../../domain/templates';
import type { SyncedRecord, SyncedTable } from './types';

/** Every table whose records belong to a team and travel in its document. */
export const SYNCED_TABLES: readonly SyncedTable[] = [
  'teams',
  'hires',
  'items',
  'talks',
  'answers',
];

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

/** The Y.Map in each document that marks deleted records, by `recordKey` (see deletion.ts). */
export const TOMBSTONES = 'deleted';

/** A record's key in the tombstone map: `items/<id>`. */
export function recordKey(table: SyncedTable, id: string): string {
  return `${table}/${id}`;
}

/**
 * A team's records travel in `team:<teamId>`, except their private fields (privateFieldsOf),
 * which travel only in `private:<teamId>`, held by manager devices alone.
 */
export function teamDocument(teamId: string): string {
  return `team:${teamId}`;
}

/**
 * A hire's live status for the peer worker: the status snapshot only (statusDoc.ts), written
 * by the team's manager and staff devices, read by the hire's peer link.
 */
export function statusDocument(teamId: string, hireId: string): string {
  return `status:${teamId}:${hireId}`;
}

export function privateDocument(teamId: string): string {
  return `private:${teamId}`;
}

/** The tables that have private fields: the maps of the private document. */
export const PRIVATE_TABLES: readonly SyncedTable[] = ['talks', 'items'];

/**
 * The one rule for what is private to the manager: a talk's notes, and the note of an item
 * made from a private template (the accommodations item).
 */
export function privateFieldsOf(table: SyncedTable, record: SyncedRecord): readonly string[] {
  if (table === 'talks') return ['notes'];
  const templateId = record.templateId;
  if (table === 'items' && typeof templateId === 'string') {
    return PRIVATE_NOTE_TEMPLATE_IDS.includes(templateId) ? ['note'] : [];
  }
  return [];
}

/** Whether two field values are the same (they are JSON: strings, numbers, null, objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose value differs between two versions of a record. */
export function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((name) => !sameValue(a[name], b[name]));
}
