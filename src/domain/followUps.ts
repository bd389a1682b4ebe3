/**
 * The follow-up plan for a new peer worker's probation (what the rules say: docs/DOMAIN.md).
 * Pure functions over 'yyyy-MM-dd' strings; no time zone can move a date.
 */
import { addDays, addMonthsClamped, daysBetween, parseIsoDate } from './dates';
import type { IsoDate } from './dates';
import { dayOffReason, nextWorkday, previousWorkday } from './workdays';
import type { DayOffReason, WorkdayOptions } from './workdays';
import { MONTHLY_TALKS, PROBATION_MONTHS } from './limits';
import type { Cadence } from './types';

export type ThreeTalksKey = 'after-14-days' | 'week-before-midpoint' | 'three-weeks-before-end';

export type TalkKey = ThreeTalksKey | `biweekly-${number}` | `monthly-${number}`;

/** Who meets the peer worker: the manager, or the colleagues (the relational talk). */
export type Participants = 'manager' | 'colleagues';

export type FollowUpWarning = 'talks-out-of-order' | 'probation-over-3-months';

export interface PlannedTalk {
  key: TalkKey;
  /** The date the rule gives, before any move off a day off. */
  ruleDate: IsoDate;
  /** The date to hold the talk. */
  date: IsoDate;
  /** Why ruleDate is not a workday, when the talk was moved; else null. */
  movedBecause: DayOffReason | null;
  participants: Participants;
}

export interface FollowUpOptions {
  cadence?: Cadence;
  /** Monthly talks after the probation in the biweekly cadence (MONTHLY_TALKS). */
  monthlyTalksAfter?: number;
  /** Move talks off weekends and days off; default true. */
  moveOffDaysOff?: boolean;
  /** Count 5 June, 24 and 31 December as days off; default true. */
  customaryDaysOff?: boolean;
}

export interface FollowUpPlan {
  lastDay: IsoDate;
  midpoint: IsoDate;
  /** Last day to give notice within the probation; null for probations over 3 months. */
  noticeDeadline: IsoDate | null;
  talks: PlannedTalk[];
  warnings: FollowUpWarning[];
}

/** Funktionærloven § 2, stk. 5: at least 14 days' notice, running out within the probation. */
const NOTICE_DAYS = 14;
const TALK_INTERVAL_DAYS = 14;

function assertProbationMonths(months: number): void {
  const { min, max } = PROBATION_MONTHS;
  if (!Number.isInteger(months) || months < min || months > max) {
    throw new RangeError(
      `Probation must be a whole number of months from ${min} to ${max}, got ${months}`,
    );
  }
}

function assertMonthlyTalks(count: number): void {
  const { min, max } = MONTHLY_TALKS;
  if (!Number.isInteger(count) || count < min || count > max) {
    throw new RangeError(
      `Monthly talks after probation must be a whole number from ${min} to ${max}, got ${count}`,
    );
  }
}

/**
 * The day before the same day-of-month `months` later; when that month has no such day
 * (31 Jan + 1), the last day of that month — not the day before it.
 */
export function probationLastDay(start: IsoDate, months: number): IsoDate {
  assertProbationMonths(months);
  // addMonthsClamped already lands on the month's last day when it lacks the start's day.
  const sameDayMonthsLater = addMonthsClamped(start, months);
  const monthLacksTheDay = parseIsoDate(start).day !== parseIsoDate(sameDayMonthsLater).day;
  return monthLacksTheDay ? sameDayMonthsLater : addDays(sameDayMonthsLater, -1);
}

/** start + ⌊L/2⌋ days, where L counts both the start and the last day. */
export function probationMidpoint(start: IsoDate, lastDay: IsoDate): IsoDate {
  const lengthInDays = daysBetween(start, lastDay) + 1;
  if (lengthInDays < 1) {
    throw new RangeError(`Last day ${lastDay} is before the start ${start}`);
  }
  return addDays(start, Math.floor(lengthInDays / 2));
}

/** The last day to give notice so that 14 days' notice ends within the probation. */
export function noticeDeadline(lastDay: IsoDate): IsoDate {
  return addDays(lastDay, -NOTICE_DAYS);
}

/**
 * 'forward' to the next workday, 'back' to the previous one, or forward unless that
 * would leave the probation, then back.
 */
type MoveDirection = 'forward' | 'back' | 'forward-within-probation';

interface Placement {
  moveOffDaysOff: boolean;
  workdays: WorkdayOptions;
  lastDay: IsoDate;
}

function workdayFor(ruleDate: IsoDate, direction: MoveDirection, placement: Placement): IsoDate {
  const { workdays, lastDay } = placement;
  if (direction === 'back') return previousWorkday(ruleDate, workdays);
  const forward = nextWorkday(ruleDate, workdays);
  // ISO dates with four-digit years compare correctly as strings.
  if (direction === 'forward-within-probation' && forward > lastDay) {
    return previousWorkday(ruleDate, workdays);
  }
  return forward;
}

function placeTalk(
  key: TalkKey,
  ruleDate: IsoDate,
  participants: Participants,
  direction: MoveDirection,
  placement: Placement,
): PlannedTalk {
  const date = placement.moveOffDaysOff ? workdayFor(ruleDate, direction, placement) : ruleDate;
  const movedBecause = date === ruleDate ? null : dayOffReason(ruleDate, placement.workdays);
  return { key, ruleDate, date, movedBecause, participants };
}

function threeTalks(
  start: IsoDate,
  midpoint: IsoDate,
  lastDay: IsoDate,
  placement: Placement,
): PlannedTalk[] {
  return [
    // "After" 14 days, so it moves forward; the other two are "before" and move back.
    placeTalk('after-14-days', addDays(start, 14), 'manager', 'forward', placement),
    placeTalk('week-before-midpoint', addDays(midpoint, -7), 'colleagues', 'back', placement),
    placeTalk('three-weeks-before-end', addDays(lastDay, -21), 'manager', 'back', placement),
  ];
}

function biweeklyTalks(
  start: IsoDate,
  lastDay: IsoDate,
  monthlyTalksAfter: number,
  placement: Placement,
): PlannedTalk[] {
  const talks: PlannedTalk[] = [];
  for (let n = 1; addDays(start, n * TALK_INTERVAL_DAYS) <= lastDay; n += 1) {
    const ruleDate = addDays(start, n * TALK_INTERVAL_DAYS);
    talks.push(
      placeTalk(`biweekly-${n}`, ruleDate, 'manager', 'forward-within-probation', placement),
    );
  }
  for (let k = 1; k <= monthlyTalksAfter; k += 1) {
    // Each month counts from the last day itself, so 31 Jan gives 28 Feb, then 31 Mar.
    const ruleDate = addMonthsClamped(lastDay, k);
    talks.push(placeTalk(`monthly-${k}`, ruleDate, 'manager', 'forward', placement));
  }
  return talks;
}

/** True when the talks are not strictly increasing or fall outside start+1 … last day. */
function talksOutOfOrder(talks: readonly PlannedTalk[], start: IsoDate, lastDay: IsoDate): boolean {
  const firstPossible = addDays(start, 1);
  const dates = talks.map((talk) => talk.date);
  const outsideProbation = dates.some((date) => date < firstPossible || date > lastDay);
  const notIncreasing = dates.some((date, i) => {
    const previous = dates[i - 1];
    return previous !== undefined && previous >= date;
  });
  return outsideProbation || notIncreasing;
}

export function planFollowUps(
  start: IsoDate,
  months: number,
  options: FollowUpOptions = {},
): FollowUpPlan {
  parseIsoDate(start);
  assertProbationMonths(months);
  const cadence = options.cadence ?? 'three-talks';
  const monthlyTalksAfter = options.monthlyTalksAfter ?? MONTHLY_TALKS.default;
  assertMonthlyTalks(monthlyTalksAfter);

  const lastDay = probationLastDay(start, months);
  const midpoint = probationMidpoint(start, lastDay);
  const placement: Placement = {
    moveOffDaysOff: options.moveOffDaysOff ?? true,
    workdays: { customaryDaysOff: options.customaryDaysOff ?? true },
    lastDay,
  };
  const talks =
    cadence === 'three-talks'
      ? threeTalks(start, midpoint, lastDay, placement)
      : biweeklyTalks(start, lastDay, monthlyTalksAfter, placement);

  const warnings: FollowUpWarning[] = [];
  if (cadence === 'three-talks' && talksOutOfOrder(talks, start, lastDay)) {
    warnings.push('talks-out-of-order');
  }
  if (months > PROBATION_MONTHS.legalMax) warnings.push('probation-over-3-months');

  return {
    lastDay,
    midpoint,
    noticeDeadline: months <= PROBATION_MONTHS.legalMax ? noticeDeadline(lastDay) : null,
    talks,
    warnings,
  };
}
