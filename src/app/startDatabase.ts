import { db as appDb, type GodtBegyndtDb } from '../db/db';
import { requestPersistentStorage } from '../db/storage';
import { useUiStore } from '../store/ui';

/**
 * Opens the database and watches for a newer version of the app in another tab:
 * then this tab closes its connection and asks the user to reload, instead of
 * running old code against a new schema. When this tab is the newer one and an older
 * tab keeps the database open, the user is asked to close that tab.
 */
export async function startDatabase(db: GodtBegyndtDb = appDb): Promise<void> {
  const { setDbProblem } = useUiStore.getState();
  db.on('versionchange', () => {
    db.close();
    setDbProblem('outdated');
    return false;
  });
  db.on('blocked', () => setDbProblem('blocked'));
  try {
    await db.open();
  } catch (error) {
    console.error(error);
    setDbProblem('unavailable');
    return;
  }
  if (useUiStore.getState().dbProblem === 'blocked') setDbProblem(null);
  void requestPersistentStorage();
}
