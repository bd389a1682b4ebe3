/**
 * Where a hire's talks stand on a given day. Pure: "today" is passed in by the caller,
 * which reads it from the clock.
 */
import { compareIso, type IsoDate } from './dates';
import type { Talk } from './types';

type DatedTalk = Pick<Talk, 'date' | 'status'>;

function byDate<T extends DatedTalk>(talks: readonly T[]): T[] {
  return [...talks].sort((a, b) => compareIso(a.date, b.date));
}

/** A planned talk whose day has passed without being marked held (or cancelled). */
export function isOverdue(talk: DatedTalk, today: IsoDate): boolean {
  return talk.status === 'planned' && talk.date < today;
}

/** The overdue talks, earliest first. */
export function overdueTalks<T extends DatedTalk>(talks: readonly T[], today: IsoDate): T[] {
  return byDate(talks).filter((talk) => isOverdue(talk, today));
}

/** The first planned talk on or after today, or null when none is left. */
export function nextTalk<T extends DatedTalk>(talks: readonly T[], today: IsoDate): T | null {
  return byDate(talks).find((talk) => talk.status === 'planned' && talk.date >= today) ?? null;
}
