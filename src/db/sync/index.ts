import type { GodtBegyndtDb } from '../db';
import { deviceSyncs } from './deviceFlag';
import type { SyncBridge } from './bridge';
import type { ConnectOptions, TeamConnection } from './connect';
import type { StatusDocsOptions } from './statusDocs';

// The only module of src/db/sync the app imports statically, and it holds no sync code: the
// bridge, the outbox middleware and yjs come in one chunk, the provider in another, the
// status publisher with them, each through an import() below.

export type { SyncBridge } from './bridge';
export type { ConnectOptions, TeamConnection } from './connect';
export type { SyncStatus } from './syncStatus';

/** Loads the sync code (one chunk, yjs with it) and starts the bridge on the database. */
export async function startSync(db: GodtBegyndtDb): Promise<SyncBridge> {
  const { startBridge } = await import('./bridge');
  return startBridge(db);
}

/**
 * At start-up: starts sync on a device that shares a team, and loads nothing elsewhere.
 * The app awaits it before it opens the database, because the outbox middleware must be in
 * Dexie's stack before the first write, and Dexie builds that stack when the database opens
 * (a middleware added later needs a reopen, which startBridge then does). The flag is read
 * synchronously (localStorage), so on a device that does not sync this costs no database
 * read and no download.
 */
export function startSyncIfShared(db: GodtBegyndtDb): Promise<SyncBridge | null> {
  return deviceSyncs() ? startSync(db) : Promise.resolve(null);
}

/** Loads the server connection (@hocuspocus/provider) and connects a team's document. */
export async function connectTeam(options: ConnectOptions): Promise<TeamConnection> {
  const connect = await import('./connect');
  return connect.connectTeam(options);
}

/**
 * Keeps the team's status documents (one per hire, for the peer worker's live link) up to
 * date from this device's records. Resolves to a function that stops it.
 */
export async function publishTeamStatus({
  team,
  ...options
}: StatusDocsOptions & { team: TeamConnection }): Promise<() => void> {
  const [{ openStatusDocs }, { startStatusPublisher }] = await Promise.all([
    import('./statusDocs'),
    import('./statusPublisher'),
  ]);
  const docs = openStatusDocs(options);
  const stop = startStatusPublisher({ teamId: options.teamId, open: docs.open, team });
  return () => {
    stop();
    docs.close();
  };
}
