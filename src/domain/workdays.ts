/**
 * Danish workdays: weekends, public holidays and the customary days off that most
 * agreements give. Pure functions over 'yyyy-MM-dd' strings (see dates.ts).
 */
import { addDays, parseIsoDate, toIsoDate, weekday, type IsoDate } from './dates';

export type HolidayId =
  | 'new-years-day'
  | 'maundy-thursday'
  | 'good-friday'
  | 'easter-sunday'
  | 'easter-monday'
  | 'great-prayer-day'
  | 'ascension-day'
  | 'whit-sunday'
  | 'whit-monday'
  | 'christmas-day'
  | 'boxing-day';

/** Days off by custom and most agreements, not by law; switchable, on by default. */
export type CustomaryId = 'constitution-day' | 'christmas-eve' | 'new-years-eve';

export type WeekendDay = 'saturday' | 'sunday';

export type DayOffReason = WeekendDay | HolidayId | CustomaryId;

export interface DatedDay<Id extends string> {
  date: IsoDate;
  id: Id;
}

export interface WorkdayOptions {
  customaryDaysOff: boolean;
}

const DEFAULT_WORKDAY_OPTIONS: Readonly<WorkdayOptions> = { customaryDaysOff: true };

/** Store bededag was abolished as a public holiday from 2024. */
const LAST_YEAR_WITH_GREAT_PRAYER_DAY = 2023;

/** Easter-dependent holidays as days after Easter Sunday, in calendar order. */
const EASTER_OFFSETS: readonly (readonly [HolidayId, number])[] = [
  ['maundy-thursday', -3],
  ['good-friday', -2],
  ['easter-sunday', 0],
  ['easter-monday', 1],
  ['great-prayer-day', 26],
  ['ascension-day', 39],
  ['whit-sunday', 49],
  ['whit-monday', 50],
];

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`Year must be a whole number from 1 to 9999, got ${year}`);
  }
}

/** Easter Sunday in the Gregorian calendar (anonymous computus: Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  assertYear(year);
  const goldenNumber = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const skippedLeapDays = Math.floor(century / 4);
  const centuryRemainder = century % 4;
  const moonCorrection = Math.floor((century + 8) / 25);
  const moonOrbitCorrection = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * goldenNumber + century - skippedLeapDays - moonOrbitCorrection + 15) % 30;
  const leapDaysInCentury = Math.floor(yearOfCentury / 4);
  const yearRemainder = yearOfCentury % 4;
  const daysToSunday =
    (32 + 2 * centuryRemainder + 2 * leapDaysInCentury - epact - yearRemainder) % 7;
  const lateFullMoon = Math.floor((goldenNumber + 11 * epact + 22 * daysToSunday) / 451);
  const offset = epact + daysToSunday - 7 * lateFullMoon + 114;
  return toIsoDate({ year, month: Math.floor(offset / 31), day: (offset % 31) + 1 });
}

function fixedDay<Id extends string>(
  year: number,
  month: number,
  day: number,
  id: Id,
): DatedDay<Id> {
  return { date: toIsoDate({ year, month, day }), id };
}

function easterHolidays(year: number): DatedDay<HolidayId>[] {
  const easter = easterSunday(year);
  return EASTER_OFFSETS.filter(
    ([id]) => id !== 'great-prayer-day' || year <= LAST_YEAR_WITH_GREAT_PRAYER_DAY,
  ).map(([id, offset]) => ({ date: addDays(easter, offset), id }));
}

/** The Danish public holidays (helligdage) of a year, in calendar order. */
export function danishPublicHolidays(year: number): DatedDay<HolidayId>[] {
  assertYear(year);
  return [
    fixedDay(year, 1, 1, 'new-years-day'),
    ...easterHolidays(year),
    fixedDay(year, 12, 25, 'christmas-day'),
    fixedDay(year, 12, 26, 'boxing-day'),
  ];
}

/** 5 June, 24 December and 31 December of a year, in calendar order. */
export function danishCustomaryDaysOff(year: number): DatedDay<CustomaryId>[] {
  assertYear(year);
  return [
    fixedDay(year, 6, 5, 'constitution-day'),
    fixedDay(year, 12, 24, 'christmas-eve'),
    fixedDay(year, 12, 31, 'new-years-eve'),
  ];
}

type DayLookup<Id extends string> = ReadonlyMap<IsoDate, Id>;

const publicHolidaysByYear = new Map<number, DayLookup<HolidayId>>();

function publicHolidayOn(date: IsoDate, year: number): HolidayId | null {
  let lookup = publicHolidaysByYear.get(year);
  if (!lookup) {
    lookup = new Map(danishPublicHolidays(year).map(({ date: day, id }) => [day, id]));
    publicHolidaysByYear.set(year, lookup);
  }
  return lookup.get(date) ?? null;
}

function customaryDayOffOn(date: IsoDate, year: number): CustomaryId | null {
  return danishCustomaryDaysOff(year).find((day) => day.date === date)?.id ?? null;
}

function weekendDayOn(date: IsoDate): WeekendDay | null {
  const day = weekday(date);
  if (day === 6) return 'saturday';
  if (day === 0) return 'sunday';
  return null;
}

/**
 * Why a date is not a workday, or null when it is one. A named day wins over the
 * weekend (Christmas Day on a Saturday says 'christmas-day'), and a public holiday wins
 * over a customary day (Whit Monday 2028 is also 5 June).
 */
export function dayOffReason(
  date: IsoDate,
  options: WorkdayOptions = DEFAULT_WORKDAY_OPTIONS,
): DayOffReason | null {
  const { year } = parseIsoDate(date);
  return (
    publicHolidayOn(date, year) ??
    (options.customaryDaysOff ? customaryDayOffOn(date, year) : null) ??
    weekendDayOn(date)
  );
}

export function isWorkday(
  date: IsoDate,
  options: WorkdayOptions = DEFAULT_WORKDAY_OPTIONS,
): boolean {
  return dayOffReason(date, options) === null;
}

// Terminates quickly: the longest Danish run of days off is about five days (Easter).
function stepToWorkday(date: IsoDate, step: 1 | -1, options: WorkdayOptions): IsoDate {
  let candidate = date;
  while (!isWorkday(candidate, options)) candidate = addDays(candidate, step);
  return candidate;
}

/** The date itself when it is a workday, else the first workday after it. */
export function nextWorkday(
  date: IsoDate,
  options: WorkdayOptions = DEFAULT_WORKDAY_OPTIONS,
): IsoDate {
  return stepToWorkday(date, 1, options);
}

/** The date itself when it is a workday, else the last workday before it. */
export function previousWorkday(
  date: IsoDate,
  options: WorkdayOptions = DEFAULT_WORKDAY_OPTIONS,
): IsoDate {
  return stepToWorkday(date, -1, options);
}
