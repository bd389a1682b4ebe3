import { db } from '../db/db';
import { isSharedStatusPath } from '../domain/statusLink';
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
  // A shared status lives in its link: it must work without (and never create) a database.
  // If the user goes on into the app, Dexie opens the database on its first query.
  if (isSharedStatusPath(window.location.pathname)) return;
  try {
    await db.open();
  } catch (error) {
    console.error(error);
    setDbProblem('unavailable');
    return;
  }
  void requestPersistentStorage();
}
