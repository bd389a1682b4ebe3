/**
 * Ids that two devices give the same thing without asking each other (issue 18): a talk is
 * its hire plus its key in the plan, a guide item its owner plus the guide's template id. Two
 * offline devices that plan the same talk or add the same suggestion make ONE record, which
 * their team's document then merges field by field. A user's own items keep random ids: two
 * of them are two items.
 *
 * The separator is not in the ids the app makes (UUIDs), the plan's keys or the template ids,
 * so no two pairs give the same id. Ids reach a URL only through `href()` (encoded), and a
 * calendar UID (`<id>@godt-begyndt`) may hold a colon.
 */
import type { ChecklistItem, Talk } from './types';

const SEPARATOR = ':';

export function talkId(hireId: string, key: string): string {
  return `${hireId}${SEPARATOR}${key}`;
}

export function guideItemId(ownerId: string, templateId: string): string {
  return `${ownerId}${SEPARATOR}${templateId}`;
}

/** A record's stable id, or null for a record that keeps the id it has. */
type StableIdOf<T> = (record: T) => string | null;
/** How much a user did to a record, compared number by number (more is more work). */
type HandMadeWork<T> = (record: T) => number[];

const marks = (...done: boolean[]) => done.filter(Boolean).length;

function talkWork(talk: Talk): number[] {
  const { status, movedByHand, time, notes, sequence } = talk;
  const marked = marks(status !== 'planned', movedByHand, time !== null, notes.trim() !== '');
  return [marked, notes.length, sequence ?? 0];
}

function itemWork(item: ChecklistItem): number[] {
  return [marks(item.done, item.note.trim() !== '', item.hidden), item.note.length];
}

function moreWorkFirst<T extends { id: string }>(work: HandMadeWork<T>, stableId: string) {
  return (a: T, b: T): number => {
    const [workA, workB] = [work(a), work(b)];
    const byWork = workA.reduce((order, value, i) => order || (workB[i] ?? 0) - value, 0);
    // Same work: the record already under the stable id, then the lower id, on every device.
    return (
      byWork ||
      Number(b.id === stableId) - Number(a.id === stableId) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  };
}

/**
 * The records under their stable ids. Records that come to the same id (duplicates two devices
 * made before ids were stable) become one: the one with the most hand-made work is kept, as it
 * is, and the others are dropped (merging fields of two versions could mix two people's
 * choices into one neither made).
 */
function withStable<T extends { id: string }>(
  records: readonly T[],
  stableIdOf: StableIdOf<T>,
  work: HandMadeWork<T>,
  rekey: (record: T, id: string) => T,
): T[] {
  const kept: T[] = [];
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const id = stableIdOf(record);
    if (id === null) kept.push(record);
    else groups.set(id, [...(groups.get(id) ?? []), record]);
  }
  for (const [id, group] of groups) {
    const [keeper] = [...group].sort(moreWorkFirst(work, id));
    if (keeper) kept.push(keeper.id === id ? keeper : rekey(keeper, id));
  }
  return kept;
}

/** A talk that moves to its stable id keeps its calendar UID (Talk.calendarId). */
export function withStableTalkIds(talks: readonly Talk[]): Talk[] {
  return withStable(
    talks,
    (talk) => talkId(talk.hireId, talk.key),
    talkWork,
    (talk, id) => ({ ...talk, id, calendarId: talk.calendarId ?? talk.id }),
  );
}

export function withStableItemIds(items: readonly ChecklistItem[]): ChecklistItem[] {
  return withStable(
    items,
    (item) => (item.templateId === null ? null : guideItemId(item.ownerId, item.templateId)),
    itemWork,
    (item, id) => ({ ...item, id }),
  );
}

/** What moving a table's records to their stable ids writes: ids to delete, records to put. */
export interface IdChanges<T> {
  remove: string[];
  put: T[];
}

/** The writes that turn `before` into `after` (records compared by id, then by content). */
export function idChanges<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): IdChanges<T> {
  const stored = new Map(before.map((record) => [record.id, record]));
  const kept = new Set(after.map((record) => record.id));
  return {
    remove: before.filter((record) => !kept.has(record.id)).map((record) => record.id),
    put: after.filter((record) => {
      const old = stored.get(record.id);
      return old === undefined || JSON.stringify(old) !== JSON.stringify(record);
    }),
  };
}
