/** What the sync status line says (issue 18: calm, always visible). */
export type SyncStatus =
  | { state: 'connecting' }
  | { state: 'synced' }
  | { state: 'waiting'; changes: number }
  | { state: 'offline'; changes: number }
  | { state: 'refused'; reason: string };

export interface ConnectionFacts {
  connected: boolean;
  /** The first attempt to reach the server has ended, whether it connected or failed. */
  attempted: boolean;
  /** The first exchange with the server is done. */
  synced: boolean;
  /** This device's changes the server has not confirmed yet. */
  unsyncedChanges: number;
  /** Why the server refused the token, or null. */
  refusedBecause: string | null;
}

export function syncStatusOf(facts: ConnectionFacts): SyncStatus {
  if (facts.refusedBecause !== null) return { state: 'refused', reason: facts.refusedBecause };
  // Until the first attempt ends, "offline" would be a guess; after a failed one it is true.
  if (!facts.connected && !facts.attempted) return { state: 'connecting' };
  if (!facts.connected) return { state: 'offline', changes: facts.unsyncedChanges };
  if (!facts.synced || facts.unsyncedChanges > 0) {
    return { state: 'waiting', changes: facts.unsyncedChanges };
  }
  return { state: 'synced' };
}
