import type { ValidHire } from '../domain/validation';
import type { Hire } from '../domain/types';
import { db } from './db';
import { newId, nowStamp } from './ids';
import { newChecklistItems } from './checklist';

export function listHires(): Promise<Hire[]> {
  return db.hires.orderBy('createdAt').reverse().toArray();
}

export function listHiresOfTeam(teamId: string): Promise<Hire[]> {
  return db.hires.where('teamId').equals(teamId).reverse().sortBy('createdAt');
}

export function getHire(id: string): Promise<Hire | undefined> {
  return db.hires.get(id);
}

/** Adds a hire to a team with the guide's onboarding checklist. */
export async function createHire(teamId: string, value: ValidHire): Promise<Hire> {
  const hire: Hire = {
    id: newId(),
    teamId,
    cadence: 'three-talks',
    monthlyTalksAfter: 3,
    createdAt: nowStamp(),
    ...value,
  };
  await db.transaction('rw', db.hires, db.items, async () => {
    await db.hires.add(hire);
    await db.items.bulkAdd(newChecklistItems(hire.id, 'onboarding'));
  });
  return hire;
}

export async function updateHire(id: string, value: ValidHire): Promise<void> {
  await db.hires.update(id, { ...value });
}

export async function deleteHire(id: string): Promise<void> {
  await db.transaction('rw', db.hires, db.items, db.talks, async () => {
    await db.items.where('ownerId').equals(id).delete();
    await db.talks.where('hireId').equals(id).delete();
    await db.hires.delete(id);
  });
}
