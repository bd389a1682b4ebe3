import type { Progress } from '../domain/progress';
import type { Talk } from '../domain/types';
import { progressOf } from './checklist';
import { db } from './db';
import { talksOfHires } from './talkReads';

/**
 * The checklist progress of the given teams and hires, and the hires' talks, in one read-only
 * transaction. Each read on its own would open a transaction of its own, which with hundreds
 * of reads is measurably slower (docs/PERFORMANCE.md).
 */
export function progressAndTalks(
  ownerIds: readonly string[],
  hireIds: readonly string[],
): Promise<[Map<string, Progress>, Map<string, Talk[]>]> {
  return db.transaction('r', db.items, db.talks, () =>
    Promise.all([progressOf(ownerIds), talksOfHires(hireIds)]),
  );
}
