import { db as appDb, type GodtBegyndtDb } from '../db/db';
import { isPeerViewPath } from '../domain/statusLink';
import { requestPersistentStorage } from '../db/storage';
import { startSyncAtLaunch } from '../db/runningBridge';
import { resumeSync } from '../db/syncStartup';
import { useUiStore } from '../store/ui';

/**
 * Opens the database and watches for a newer version of the app in another tab:
 * then this tab closes its connection and asks the user to reload, instead of
 * running old code against a new schema. When this tab is the newer one and an older
 * tab keeps the database open, the user is asked to close that tab. On a device that shares
 * a team, sync starts before the database opens and connects once it is open.
 */
export async function startDatabase(db: GodtBegyndtDb = appDb): Promise<void> {
  const { setDbProblem } = useUiStore.getState();
  db.on('versionchange', () => {
    db.close();
    setDbProblem('outdated');
    return false;
  });
  db.on('blocked', () => setDbProblem('blocked'));
  // A peer's status lives in its link or on the server: it must work without (and never
  // create) a database.
  // If the user goes on into the app, Dexie opens the database on its first query.
  if (isPeerViewPath(window.location.pathname)) return;
  try {
    await startSyncAtLaunch(db);
    await db.open();
  } catch (error) {
    console.error(error);
    setDbProblem('unavailable');
    return;
  }
  if (useUiStore.getState().dbProblem === 'blocked') setDbProblem(null);
  void requestPersistentStorage();
  resumeSync(db).catch((error: unknown) => console.error(error));
}
