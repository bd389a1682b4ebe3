import type { DBCoreTransaction } from 'dexie';

/*
 * Writes that carry records over as they are, and are nobody's edit on this device: a schema
 * upgrade's, and those of another device's changes arriving through sync. The middlewares that
 * react to edits leave them alone: the outbox records neither (no echo; an upgrade records its
 * own moves), and a talk's calendar sequence travels with the record instead of rising again.
 */

const fromElsewhere = new WeakSet<object>();

/** Marks a transaction (`Transaction.idbtrans`) as one that writes another device's changes. */
export function markFromElsewhere(trans: object): void {
  fromElsewhere.add(trans);
}

export function isFromElsewhere(trans: DBCoreTransaction): boolean {
  return fromElsewhere.has(trans);
}

/** Dexie's `.upgrade()` runs in the database's versionchange transaction. */
export function isSchemaUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).mode === 'versionchange';
}
