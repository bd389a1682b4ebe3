import type { Talk } from '../domain/types';
import { db, type GodtBegyndtDb } from './db';

/*
 * Talk reads, apart from the writes that plan talks (talkWrites.ts): a list that shows talks,
 * such as the overview's team cards, does not load the planner.
 */

export function listTalks(hireId: string, database: GodtBegyndtDb = db): Promise<Talk[]> {
  return database.talks.where('hireId').equals(hireId).sortBy('date');
}

/**
 * The talks of several hires, each hire's by date. One index read per hire: in Chromium,
 * `anyOf` over many hires opens several cursors per hire and is slower.
 */
export async function talksOfHires(hireIds: readonly string[]): Promise<Map<string, Talk[]>> {
  const lists = await Promise.all(hireIds.map((id) => listTalks(id)));
  return new Map(hireIds.map((id, index) => [id, lists[index] ?? []]));
}

export function listAllTalks(): Promise<Talk[]> {
  return db.talks.orderBy('hireId').toArray();
}
