import type { GodtBegyndtDb } from './db';
import { bridgeIfRunning, runningBridge } from './runningBridge';
import { rememberDeviceSyncs } from './sync/deviceFlag';

/**
 * Once the database is open: connects every shared team to its server. If the localStorage
 * flag was lost while IndexedDB was kept, the synced teams say so: the flag is set again and
 * the bridge started (it reopens the database).
 */
export async function resumeSync(db: GodtBegyndtDb): Promise<void> {
  if (!(await bridgeIfRunning()) && (await db.syncedTeams.count()) === 0) return;
  rememberDeviceSyncs(true);
  const running = await runningBridge(db);
  const { connectSharedTeams } = await import('./teamSync');
  await connectSharedTeams(running);
}
