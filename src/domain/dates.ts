/**
 * Calendar dates as 'yyyy-MM-dd' strings. All arithmetic goes through UTC so that
 * no time zone (or daylight-saving shift) can move a date.
 */
export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses 'yyyy-MM-dd'; throws a RangeError for a malformed or impossible date. */
export function parseIsoDate(value: string): DateParts {
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`Not a date in the form yyyy-MM-dd: "${value}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`No such calendar date: "${value}"`);
  }
  return { year, month, day };
}

export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function toIsoDate({ year, month, day }: DateParts): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function toUtcMillis(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc.getTime();
}

function fromUtcMillis(millis: number): IsoDate {
  const utc = new Date(millis);
  return toIsoDate({
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
  });
}

const DAY_MS = 86_400_000;

/**
 * Orders yyyy-MM-dd dates (or HH:mm times) for sort(): as plain strings, they sort by time.
 * Not localeCompare: its collator is slow to start, and dates need no language rules.
 */
export function compareIso(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMillis(toUtcMillis(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMillis(to) - toUtcMillis(from)) / DAY_MS);
}

/**
 * The same day-of-month `months` later (earlier when negative). When the target month
 * has no such day (31 Jan + 1 month), the result is that month's last day.
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months))
    throw new RangeError(`Months must be a whole number, got ${months}`);
  const { year, month, day } = parseIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return toIsoDate({ year: targetYear, month: targetMonth, day: targetDay });
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function weekday(date: IsoDate): number {
  return new Date(toUtcMillis(date)).getUTCDay();
}

/** ISO 8601 week number (Danish "uge"): weeks start on Monday, week 1 holds 4 January. */
export function isoWeek(date: IsoDate): number {
  const mondayBased = (weekday(date) + 6) % 7;
  const thursday = addDays(date, 3 - mondayBased);
  const firstOfYear = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(daysBetween(firstOfYear, thursday) / 7) + 1;
}

/** The calendar date of an instant, as seen on the user's clock. */
export function localIsoDate(now: Date): IsoDate {
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** A local-midnight Date for display with date-fns (never for arithmetic). */
export function toDisplayDate(date: IsoDate): Date {
  const { year, month, day } = parseIsoDate(date);
  const local = new Date(2000, 0, 1);
  local.setFullYear(year, month - 1, day);
  return local;
}
