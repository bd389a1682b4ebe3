/**
 * Transactions that write what another device already changed (the sync bridge applying a
 * team's document). Middlewares that react to a local change leave them alone: recording
 * them in the outbox would echo the change back, and raising a talk's sequence once more
 * would make the devices' copies differ. Kept outside src/db/sync so that the always-loaded
 * middlewares can ask without loading any sync code.
 */
const remoteWrites = new WeakSet<object>();

/** Marks a transaction as applying remote changes (pass `Transaction.idbtrans`). */
export function markRemoteWrite(trans: object): void {
  remoteWrites.add(trans);
}

export function isRemoteWrite(trans: object): boolean {
  return remoteWrites.has(trans);
}
