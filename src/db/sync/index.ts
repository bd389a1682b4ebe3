import type { GodtBegyndtDb } from '../db';
import { deviceSyncs } from './deviceFlag';
import type { SyncBridge } from './bridge';

// The only module of src/db/sync the app imports statically, and it holds no sync code: the
// bridge, the outbox middleware and yjs come in one chunk, through the import() below.

export type { SyncBridge } from './bridge';

/** Loads the sync code (one chunk, yjs with it) and starts the bridge on the database. */
export async function startSync(db: GodtBegyndtDb): Promise<SyncBridge> {
  const { startBridge } = await import('./bridge');
  return startBridge(db);
}

/**
 * At start-up: starts sync on a device that shares a team, and loads nothing elsewhere.
 * The app awaits it before it renders, because the outbox middleware must be in Dexie's
 * stack before the first write, and Dexie builds that stack when the database opens: a
 * middleware added later needs a reopen. The flag is read synchronously (localStorage), so
 * on a device that does not sync this costs no database read and no download.
 */
export function startSyncIfShared(db: GodtBegyndtDb): Promise<SyncBridge | null> {
  return deviceSyncs() ? startSync(db) : Promise.resolve(null);
}
