// Talk writes, with the planner; the reads are in talkReads.ts, so a list never loads it.
import { reconcileTalks, type TalkReconciliation } from '../domain/talkRecords';
import { CUSTOMARY_DAYS_OFF_KEY } from '../domain/settings';
import type { Hire, Talk, TalkStatus } from '../domain/types';
import { db, type GodtBegyndtDb } from './db';
import { listTalks } from './talkReads';
import { getSetting, putSetting } from './settings';

export function getCustomaryDaysOff(database: GodtBegyndtDb = db): Promise<boolean> {
  return getSetting(CUSTOMARY_DAYS_OFF_KEY, true, database);
}

/**
 * Recomputes a hire's talks from the rule and stores the result. Call inside a
 * transaction that includes hires, talks and settings. (The sync bridge calls it on its
 * own database when another device changed the hire.)
 */
export async function syncTalks(
  hire: Hire,
  database: GodtBegyndtDb = db,
): Promise<TalkReconciliation> {
  const [existing, customaryDaysOff] = await Promise.all([
    listTalks(hire.id, database),
    getCustomaryDaysOff(database),
  ]);
  const result = reconcileTalks(hire, existing, customaryDaysOff);
  await database.talks.bulkPut(result.put);
  await database.talks.bulkDelete(result.remove);
  return result;
}

/**
 * Turns customary days off (5 June, 24 and 31 December) on or off and replans every hire.
 * Resolves to the talks that kept a date set by hand (or were held) while the rule moved.
 */
export async function setCustomaryDaysOff(on: boolean): Promise<Talk[]> {
  return db.transaction('rw', db.settings, db.hires, db.talks, async () => {
    await putSetting(CUSTOMARY_DAYS_OFF_KEY, on);
    const kept: Talk[] = [];
    for (const hire of await db.hires.toArray()) kept.push(...(await syncTalks(hire)).keptByHand);
    return kept;
  });
}

/**
 * Moves a talk to a date the manager chose; the computed date stays beside it. Given a
 * time of day too (null for none), sets it in the same write.
 */
export async function moveTalk(id: string, date: string, time?: string | null): Promise<void> {
  await db.transaction('rw', db.talks, async () => {
    const talk = await db.talks.get(id);
    if (!talk) return;
    await db.talks.update(id, {
      date,
      movedByHand: date !== talk.computedDate,
      ...(time === undefined ? {} : { time }),
    });
  });
}

/** Puts a talk back on the date the rule gives. */
export async function resetTalkDate(id: string): Promise<void> {
  await db.transaction('rw', db.talks, async () => {
    const talk = await db.talks.get(id);
    if (talk) await db.talks.update(id, { date: talk.computedDate, movedByHand: false });
  });
}

export async function setTalkStatus(id: string, status: TalkStatus): Promise<void> {
  await db.talks.update(id, { status });
}

export async function setTalkNotes(id: string, notes: string): Promise<void> {
  await db.talks.update(id, { notes });
}
