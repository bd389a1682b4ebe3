/**
 * Danish clock time, as the EU rule has set it since 1996: summer time (CEST, UTC+2) from
 * the last Sunday of March, 02:00 → 03:00, to the last Sunday of October, 03:00 → 02:00.
 * Pure: computed from the date's numbers, never through the device's own time zone.
 */
import { addDays, daysInMonth, parseIsoDate, toIsoDate, weekday, type IsoDate } from './dates';

export const COPENHAGEN_TZID = 'Europe/Copenhagen';

/** The last Sunday of a month: the day the clocks change in March and October. */
function lastSunday(year: number, month: number): IsoDate {
  const lastDay = toIsoDate({ year, month, day: daysInMonth(year, month) });
  return addDays(lastDay, -weekday(lastDay));
}

/** The night summer time starts: clocks go from 02:00 straight to 03:00. */
export function springForwardDate(year: number): IsoDate {
  return lastSunday(year, 3);
}

/**
 * A wall-clock time that does not exist: on the night summer time starts, 02:00–02:59 is
 * skipped. Returns the time a calendar program reads it as (RFC 5545 § 3.3.5: the offset
 * before the gap, so 02:30 means 03:30), or null when the time exists.
 */
export function skippedTimeReadAs(date: IsoDate, time: string): string | null {
  if (!time.startsWith('02:')) return null;
  if (date !== springForwardDate(parseIsoDate(date).year)) return null;
  return `03:${time.slice(3)}`;
}

/**
 * The VTIMEZONE component for Europe/Copenhagen, by the rule above (as tzurl.org
 * publishes it), so every calendar program converts the talks' times the same way.
 */
export const COPENHAGEN_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${COPENHAGEN_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
