/** Whether the last day to give notice within probation is a day off, and what to do then. */
import type { IsoDate } from './dates';
import { dayOffReason, previousWorkday, type DayOffReason, type WorkdayOptions } from './workdays';

export interface NoticeDayOff {
  /** Why the day is off: a weekend day, a public holiday or a customary day off. */
  reason: DayOffReason;
  /** The last workday before it: the last chance to hand the notice over at work. */
  lastWorkdayBefore: IsoDate;
}

/** null when the deadline is a workday. */
export function noticeDeadlineDayOff(
  deadline: IsoDate,
  options: WorkdayOptions,
): NoticeDayOff | null {
  const reason = dayOffReason(deadline, options);
  return reason ? { reason, lastWorkdayBefore: previousWorkday(deadline, options) } : null;
}
