import { describe, it, expect } from 'vitest';
import {
  addDays,
  compareIso,
  addMonthsClamped,
  daysBetween,
  daysInMonth,
  isoWeek,
  isValidIsoDate,
  localIsoDate,
  parseIsoDate,
  toDisplayDate,
  toIsoDate,
  weekday,
} from '../../src/domain/dates';

describe('parseIsoDate', () => {
  it('splits a valid date into numbers', () => {
    expect(parseIsoDate('2027-02-01')).toEqual({ year: 2027, month: 2, day: 1 });
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it.each(['2027-02-30', '2027-02-29', '2100-02-29', '2027-04-31', '2027-13-01', '2027-00-10'])(
    'rejects the impossible date %s',
    (value) => {
      expect(() => parseIsoDate(value)).toThrow(RangeError);
      expect(() => parseIsoDate(value)).toThrow(/No such calendar date/);
    },
  );

  it.each(['2027-2-3', '', '27-02-03', '2027/02/03', '2027-02-03T00:00', ' 2027-02-03'])(
    'rejects the malformed string "%s"',
    (value) => {
      expect(() => parseIsoDate(value)).toThrow(/yyyy-MM-dd/);
    },
  );
});

describe('isValidIsoDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(isValidIsoDate('2027-12-31')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
  });

  it('rejects impossible dates, malformed strings and non-strings', () => {
    expect(isValidIsoDate('2027-02-29')).toBe(false);
    expect(isValidIsoDate('2100-02-29')).toBe(false);
    expect(isValidIsoDate('2027-2-3')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
    expect(isValidIsoDate(20270203)).toBe(false);
    expect(isValidIsoDate(null)).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2027, 1)).toBe(31);
    expect(daysInMonth(2027, 4)).toBe(30);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2027, 12)).toBe(31);
  });
});

describe('toIsoDate', () => {
  it('pads year, month and day', () => {
    expect(toIsoDate({ year: 2027, month: 3, day: 5 })).toBe('2027-03-05');
    expect(toIsoDate({ year: 987, month: 11, day: 30 })).toBe('0987-11-30');
  });
});

describe('compareIso', () => {
  it('orders dates across months, years and leap days as time runs', () => {
    const dates = ['2028-03-01', '2027-12-31', '2028-02-29', '2028-01-09', '2028-02-29'];
    expect([...dates].sort(compareIso)).toEqual([
      '2027-12-31',
      '2028-01-09',
      '2028-02-29',
      '2028-02-29',
      '2028-03-01',
    ]);
  });

  it('orders clock times, an untimed entry first', () => {
    expect(['14:30', '', '09:05', '10:00'].sort(compareIso)).toEqual([
      '',
      '09:05',
      '10:00',
      '14:30',
    ]);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2027-02-01', 0)).toBe('2027-02-01');
  });

  it('is not moved by daylight-saving changes (EU, US and NZ switch dates)', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28'); // EU spring forward
    expect(addDays('2027-03-13', 2)).toBe('2027-03-15'); // US spring forward
    expect(addDays('2027-04-03', 1)).toBe('2027-04-04'); // NZ autumn back
    expect(addDays('2027-09-25', 1)).toBe('2027-09-26'); // NZ spring forward
    expect(addDays('2027-10-31', 1)).toBe('2027-11-01'); // EU autumn back
  });

  it('adds many days', () => {
    expect(addDays('2027-02-01', 44)).toBe('2027-03-17');
    expect(addDays('2027-01-01', 365)).toBe('2028-01-01');
    expect(addDays('2028-01-01', 366)).toBe('2029-01-01');
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative when going back', () => {
    expect(daysBetween('2027-02-01', '2027-04-30')).toBe(88);
    expect(daysBetween('2027-03-15', '2027-06-14')).toBe(91);
    expect(daysBetween('2027-04-30', '2027-02-01')).toBe(-88);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });
});

describe('weekday', () => {
  it('gives 0 for Sunday through 6 for Saturday', () => {
    expect(weekday('2027-02-01')).toBe(1); // Monday
    expect(weekday('2027-03-28')).toBe(0); // Easter Sunday
    expect(weekday('2027-06-05')).toBe(6); // Saturday
    expect(weekday('2026-12-24')).toBe(4); // Thursday
    expect(weekday('2028-02-29')).toBe(2); // Tuesday
  });
});

describe('isoWeek', () => {
  it('numbers the weeks around the turn of 2026/2027 (2026 has 53 weeks)', () => {
    expect(isoWeek('2026-12-28')).toBe(53);
    expect(isoWeek('2026-12-31')).toBe(53);
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2027-01-03')).toBe(53);
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(isoWeek('2027-01-10')).toBe(1);
    expect(isoWeek('2027-01-11')).toBe(2);
  });

  it('puts late-December days into week 1 of the next year', () => {
    expect(isoWeek('2024-12-30')).toBe(1);
    expect(isoWeek('2025-12-29')).toBe(1);
    expect(isoWeek('2024-12-29')).toBe(52);
  });

  it('numbers mid-year dates', () => {
    expect(isoWeek('2027-03-17')).toBe(11);
    expect(isoWeek('2027-06-14')).toBe(24);
  });
});

describe('addMonthsClamped', () => {
  it('keeps the day-of-month when the target month has it', () => {
    expect(addMonthsClamped('2027-02-01', 3)).toBe('2027-05-01');
    expect(addMonthsClamped('2027-04-30', 1)).toBe('2027-05-30');
    expect(addMonthsClamped('2027-11-15', 3)).toBe('2028-02-15');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonthsClamped('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2027-03-31', 1)).toBe('2027-04-30');
    expect(addMonthsClamped('2027-12-30', 2)).toBe('2028-02-29');
    expect(addMonthsClamped('2099-12-29', 2)).toBe('2100-02-28');
  });

  it('goes backwards across a year', () => {
    expect(addMonthsClamped('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonthsClamped('2027-01-15', -2)).toBe('2026-11-15');
  });

  it('rejects fractional months and invalid dates', () => {
    expect(() => addMonthsClamped('2027-01-15', 1.5)).toThrow(RangeError);
    expect(() => addMonthsClamped('2027-02-30', 1)).toThrow(RangeError);
  });
});

describe('local clock helpers', () => {
  it('localIsoDate reads the calendar date on the local clock', () => {
    expect(localIsoDate(new Date(2027, 0, 1, 0, 30))).toBe('2027-01-01');
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('toDisplayDate gives local midnight of that date', () => {
    const display = toDisplayDate('2027-03-28');
    expect([display.getFullYear(), display.getMonth(), display.getDate()]).toEqual([2027, 2, 28]);
    expect(display.getHours()).toBe(0);
  });
});
