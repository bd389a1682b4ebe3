// After probation (src/domain/cleanupDue.ts): a hire's personal data deleted, or made anonymous.
import type { Hire } from '../domain/types';
import { db } from './db';
import { nowStamp } from './ids';
import { deleteHireOnServer } from './syncServer';
import { getTeamSyncLink } from './teamSync';

/**
 * Before a hire is deleted (a synced deletion on a shared team, so every device drops it): a
 * manager device has the server delete the hire's status document and peer links. It throws
 * when the server cannot do it, so the hire stays and the deletion can be tried again whole.
 */
export async function deleteHireOnTeamServer(hire: Hire): Promise<void> {
  const link = await getTeamSyncLink(hire.teamId);
  if (link?.role === 'manager') await deleteHireOnServer(link.server, link, hire.id);
}

/**
 * Removes what tells who the hire is: the name becomes `label`, and the notes on the hire's
 * checklist items and talks are emptied. Ticks, dates and the plan stay, for statistics.
 */
export async function anonymiseHire(id: string, label: string): Promise<void> {
  await db.transaction('rw', db.hires, db.items, db.talks, async () => {
    await db.hires.update(id, { name: label, anonymisedAt: nowStamp() });
    await db.items.where('ownerId').equals(id).modify({ note: '' });
    await db.talks.where('hireId').equals(id).modify({ notes: '' });
  });
}
