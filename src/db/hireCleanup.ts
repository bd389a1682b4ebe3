// After probation (src/domain/cleanupDue.ts): a hire's personal data deleted, or made anonymous.
import type { Hire } from '../domain/types';
import { db } from './db';
import { nowStamp } from './ids';
import { deleteHireOnServer } from './syncServer';
import { getTeamSyncLink } from './teamSync';

/**
 * Before a hire is deleted (a synced deletion on a shared team, so every device drops it): a
 * manager or staff device has the server delete the hire's status document and peer links. It
 * throws when the server cannot do it, so the hire stays and the deletion can be tried again
 * whole.
 */
export async function deleteHireOnTeamServer(hire: Hire): Promise<void> {
  const link = await getTeamSyncLink(hire.teamId);
  if (link && link.role !== 'peer') await deleteHireOnServer(link.server, link, hire.id);
}

/** What anonymising puts in place of the hire's name and of its own checklist items' titles. */
export interface AnonymousLabels {
  name: string;
  ownItem: string;
}

/**
 * Removes what tells who the hire is: the name and the titles of the user's own checklist items
 * (free text, like notes) become neutral labels, and the notes on the hire's items and talks are
 * emptied. Ticks, dates, statuses and the plan stay, for statistics.
 */
export async function anonymiseHire(id: string, labels: AnonymousLabels): Promise<void> {
  await db.transaction('rw', db.hires, db.items, db.talks, async () => {
    await db.hires.update(id, { name: labels.name, anonymisedAt: nowStamp() });
    await db.items
      .where('ownerId')
      .equals(id)
      .modify((item) => {
        item.note = '';
        if (item.templateId === null) item.title = labels.ownItem;
      });
    await db.talks.where('hireId').equals(id).modify({ notes: '' });
  });
}
