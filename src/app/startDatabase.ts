import { db } from '../db/db';
import { requestPersistentStorage } from '../db/storage';
import { useUiStore } from '../store/ui';

/**
 * Opens the database and watches for a newer version of the app in another tab:
 * then this tab closes its connection and asks the user to reload, instead of
 * running old code against a new schema.
 */
export async function startDatabase(): Promise<void> {
  const { setDbProblem } = useUiStore.getState();
  db.on('versionchange', () => {
    db.close();
    setDbProblem('outdated');
    return false;
  });
  try {
    await db.open();
  } catch (error) {
    console.error(error);
    setDbProblem('unavailable');
    return;
  }
  void requestPersistentStorage();
}
