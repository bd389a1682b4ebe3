/** Checks on what the manager types for a talk: a new date and a time of day. */
import type { IsoDate } from './dates';
import { MONTHLY_TALKS } from './limits';
import { talkKind } from './talkRecords';
import { validateEnteredDate, type DateError } from './validation';
import { dayOffReason, type DayOffReason } from './workdays';

export type TalkDateError = DateError;

/** A talk's new date: the same rule as any date the user enters. */
export function validateTalkDate(raw: string, unreadable = false): TalkDateError | null {
  return validateEnteredDate(raw, unreadable);
}

export type TimeOfDayResult = { ok: true; time: string | null } | { ok: false };

const TIME_OF_DAY = /^(\d{1,2})[:.](\d{2})$/;

/** 'HH:mm' from '9:30', '09:30' or the Danish '9.30'; empty means no time (an all-day talk). */
export function parseTimeOfDay(raw: string): TimeOfDayResult {
  const text = raw.trim();
  if (text === '') return { ok: true, time: null };
  const match = TIME_OF_DAY.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) return { ok: false };
  return { ok: true, time: `${String(hours).padStart(2, '0')}:${match[2]}` };
}

export interface TalkDateContext {
  start: IsoDate;
  lastDay: IsoDate;
  customaryDaysOff: boolean;
}

/** Allowed, but worth a second look: a day off, or a probation talk outside the probation. */
export interface TalkDateNotices {
  dayOff: DayOffReason | null;
  outsideProbation: boolean;
}

export function talkDateNotices(
  key: string,
  date: IsoDate,
  { start, lastDay, customaryDaysOff }: TalkDateContext,
): TalkDateNotices {
  // Monthly talks come after the probation by design.
  const belongsInProbation = talkKind(key).kind !== 'monthly';
  return {
    dayOff: dayOffReason(date, { customaryDaysOff }),
    outsideProbation: belongsInProbation && (date < start || date > lastDay),
  };
}

/** Monthly talks after the probation (biweekly cadence): a whole number in range, or null. */
export function parseMonthlyTalks(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  const count = Number(text);
  return count <= MONTHLY_TALKS.max ? count : null;
}
