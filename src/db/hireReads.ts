import type { Hire } from '../domain/types';
import { db } from './db';

/*
 * Hire reads, apart from the writes (hireWrites.ts): a screen that only lists hires, such as
 * the overview, does not load the talk planner that adding or editing a hire needs.
 */

export function listHires(): Promise<Hire[]> {
  return db.hires.orderBy('createdAt').reverse().toArray();
}

export function listHiresOfTeam(teamId: string): Promise<Hire[]> {
  return db.hires.where('teamId').equals(teamId).reverse().sortBy('createdAt');
}

export function getHire(id: string): Promise<Hire | undefined> {
  return db.hires.get(id);
}
