/**
 * When a hire's personal data is due for cleanup: storage limitation (GDPR art. 5(1)(e)) says
 * not to keep it longer than needed, and after the probation the follow-up plan is done.
 * Pure, on 'yyyy-MM-dd' strings: the caller passes in today.
 */
import { addMonthsClamped, type IsoDate } from './dates';
import { probationLastDay } from './followUps';
import { CLEANUP_MONTHS_AFTER_PROBATION } from './limits';
import type { Hire } from './types';

type CleanupFields = Pick<Hire, 'startDate' | 'probationMonths' | 'anonymisedAt'>;

/**
 * The first day the data is due: the same day-of-month `months` after the probation's last
 * day, or that month's last day when it has no such day (31 August + 6 → end of February).
 */
export function cleanupDate(
  hire: Pick<Hire, 'startDate' | 'probationMonths'>,
  months: number = CLEANUP_MONTHS_AFTER_PROBATION,
): IsoDate {
  return addMonthsClamped(probationLastDay(hire.startDate, hire.probationMonths), months);
}

/** Whether to offer deleting or anonymising the hire today; never once it is anonymised. */
export function isCleanupDue(hire: CleanupFields, today: IsoDate): boolean {
  return !hire.anonymisedAt && today >= cleanupDate(hire);
}
