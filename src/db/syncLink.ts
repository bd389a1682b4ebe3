import { db, type GodtBegyndtDb } from './db';
import type { DeviceAccess } from './syncServer';

// Read by the screens (teamSync.ts) and by the bridge (which must not import teamSync.ts and
// the server client with it), so the link's key lives here once.

/**
 * How this device reaches a shared team: the server and the token it issued. Kept in the
 * device table, which never goes into a backup file.
 */
export interface TeamSyncLink extends DeviceAccess {
  server: string;
}

export const LINK_PREFIX = 'syncLink:';

export async function readTeamSyncLink(
  database: GodtBegyndtDb,
  teamId: string,
): Promise<TeamSyncLink | null> {
  const row = await database.device.get(LINK_PREFIX + teamId);
  return (row?.value as TeamSyncLink | undefined) ?? null;
}

/**
 * Whether this device holds the team's private notes: a manager device, or one that made the
 * team itself and has no server link yet. A staff device never does.
 */
export async function holdsPrivateNotes(database: GodtBegyndtDb, teamId: string) {
  const link = await readTeamSyncLink(database, teamId);
  return link === null || link.role === 'manager';
}

/** Whether the hire's team is shared with this device as a staff device (see holdsPrivateNotes). */
export async function hireNotesKeptElsewhere(hireId: string): Promise<boolean> {
  const hire = await db.hires.get(hireId);
  const link = hire ? await readTeamSyncLink(db, hire.teamId) : null;
  return link?.role === 'staff';
}
