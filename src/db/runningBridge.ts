import type { GodtBegyndtDb } from './db';
import { startSync, startSyncIfShared, type SyncBridge } from './sync';
import { rememberDeviceSyncs } from './sync/deviceFlag';

// In the first screen's chunk: no sync code here, only import()s through ./sync.

/** The bridge this tab runs, once one is started (at launch, or when a team is shared). */
let bridge: Promise<SyncBridge | null> = Promise.resolve(null);

/**
 * Before the database opens: starts the bridge on a device that shares a team (its outbox
 * middleware must be in Dexie's stack before the first write). Elsewhere it loads nothing.
 * A failure leaves the app working without sync.
 */
export function startSyncAtLaunch(db: GodtBegyndtDb): Promise<SyncBridge | null> {
  bridge = startSyncIfShared(db).catch((error: unknown) => {
    console.error(error);
    return null;
  });
  return bridge;
}

/** The running bridge, or null. */
export function bridgeIfRunning(): Promise<SyncBridge | null> {
  return bridge;
}

/** The running bridge; starts it when none runs yet (a team is being shared or joined). */
export function runningBridge(db: GodtBegyndtDb): Promise<SyncBridge> {
  const started = bridge.then((running) => running ?? startSync(db));
  bridge = started;
  return started;
}

/** Stops the running bridge, if any, and the next launch starts none (all data is going). */
export async function stopRunningBridge(): Promise<void> {
  const running = await bridge;
  bridge = Promise.resolve(null);
  await running?.stop();
  rememberDeviceSyncs(false);
}
