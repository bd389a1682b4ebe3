import type { Talk } from '../domain/types';
import { db } from './db';

/*
 * Reading talks, apart from planning them (talks.ts): a list that shows talks, such as the
 * overview's team cards, does not load the planner.
 */

export function listTalks(hireId: string): Promise<Talk[]> {
  return db.talks.where('hireId').equals(hireId).sortBy('date');
}

/** The talks of several hires (by date), in one read: a list of hires needs no read per hire. */
export async function talksOfHires(hireIds: readonly string[]): Promise<Map<string, Talk[]>> {
  const byHire = new Map<string, Talk[]>(hireIds.map((id) => [id, []]));
  const talks = await db.talks.where('hireId').anyOf(hireIds).sortBy('date');
  for (const talk of talks) byHire.get(talk.hireId)?.push(talk);
  return byHire;
}

export function listAllTalks(): Promise<Talk[]> {
  return db.talks.orderBy('hireId').toArray();
}
