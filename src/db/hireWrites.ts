// Hire writes; the reads are in hireReads.ts, so a list of hires never loads the talk planner.
import { MONTHLY_TALKS } from '../domain/limits';
import type { ValidHire } from '../domain/validation';
import type { Hire } from '../domain/types';
import { db } from './db';
import { newId, nowStamp } from './ids';
import { newChecklistItems } from './checklistItems';
import { syncTalks } from './talkWrites';
import type { TalkReconciliation } from '../domain/talkRecords';

/** Adds a hire to a team with the guide's onboarding checklist and follow-up talks. */
export async function createHire(teamId: string, value: ValidHire): Promise<Hire> {
  const hire: Hire = {
    id: newId(),
    teamId,
    cadence: 'three-talks',
    monthlyTalksAfter: MONTHLY_TALKS.default,
    createdAt: nowStamp(),
    ...value,
  };
  await db.transaction('rw', [db.hires, db.items, db.talks, db.settings], async () => {
    await db.hires.add(hire);
    await db.items.bulkAdd(newChecklistItems(hire.id, 'onboarding'));
    await syncTalks(hire);
  });
  return hire;
}

/**
 * Saves a hire's details (or cadence) and replans its talks. Resolves to the talks that
 * kept a date set by hand while the rule moved, so the user can be told.
 */
export async function updateHire(
  id: string,
  changes: Partial<Pick<Hire, keyof ValidHire | 'cadence' | 'monthlyTalksAfter'>>,
): Promise<TalkReconciliation | null> {
  return db.transaction('rw', [db.hires, db.talks, db.settings], async () => {
    const current = await db.hires.get(id);
    if (!current) return null;
    const hire = { ...current, ...changes };
    await db.hires.put(hire);
    return syncTalks(hire);
  });
}

export async function deleteHire(id: string): Promise<void> {
  await db.transaction('rw', db.hires, db.items, db.talks, async () => {
    await db.items.where('ownerId').equals(id).delete();
    await db.talks.where('hireId').equals(id).delete();
    await db.hires.delete(id);
  });
}
