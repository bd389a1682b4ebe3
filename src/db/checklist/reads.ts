import { byOrder } from '../../domain/checklistChanges';
import { progressByOwner, type Progress } from '../../domain/progress';
import type { ChecklistItem } from '../../domain/types';
import { db as appDb, type GodtBegyndtDb } from '../db';

/** An owner's stored list, in the order it is shown. */
export async function listItems(
  ownerId: string,
  db: GodtBegyndtDb = appDb,
): Promise<ChecklistItem[]> {
  const items = await db.items.where('ownerId').equals(ownerId).toArray();
  return items.sort(byOrder);
}

/**
 * Checklist progress of the given teams and hires, read through the ownerId index: the cost
 * follows how many owners a screen shows, not how many are stored.
 */
export async function progressOf(ownerIds: readonly string[]): Promise<Map<string, Progress>> {
  const lists = await Promise.all(
    ownerIds.map((id) => appDb.items.where('ownerId').equals(id).toArray()),
  );
  return progressByOwner(lists.flat());
}
