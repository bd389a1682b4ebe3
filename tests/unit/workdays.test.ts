import { describe, it, expect } from 'vitest';
import {
  danishCustomaryDaysOff,
  danishPublicHolidays,
  dayOffReason,
  easterSunday,
  isWorkday,
  nextWorkday,
  previousWorkday,
} from '../../src/domain/workdays';

const withCustomary = { customaryDaysOff: true };
const withoutCustomary = { customaryDaysOff: false };

describe('easterSunday', () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'], // the latest possible
    [2285, '2285-03-22'], // the earliest possible
    [2100, '2100-03-28'],
  ])('Easter %i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('rejects years that are not whole numbers from 1 to 9999', () => {
    expect(() => easterSunday(2027.5)).toThrow(RangeError);
    expect(() => easterSunday(0)).toThrow(RangeError);
    expect(() => easterSunday(Number.NaN)).toThrow(RangeError);
  });
});

describe('danishPublicHolidays', () => {
  // Worked out by hand from Easter Sunday: −3, −2, 0, +1, +39, +49, +50 days.
  const expected: Record<number, [string, string][]> = {
    2026: [
      ['2026-01-01', 'new-years-day'],
      ['2026-04-02', 'maundy-thursday'],
      ['2026-04-03', 'good-friday'],
      ['2026-04-05', 'easter-sunday'],
      ['2026-04-06', 'easter-monday'],
      ['2026-05-14', 'ascension-day'],
      ['2026-05-24', 'whit-sunday'],
      ['2026-05-25', 'whit-monday'],
      ['2026-12-25', 'christmas-day'],
      ['2026-12-26', 'boxing-day'],
    ],
    2027: [
      ['2027-01-01', 'new-years-day'],
      ['2027-03-25', 'maundy-thursday'],
      ['2027-03-26', 'good-friday'],
      ['2027-03-28', 'easter-sunday'],
      ['2027-03-29', 'easter-monday'],
      ['2027-05-06', 'ascension-day'],
      ['2027-05-16', 'whit-sunday'],
      ['2027-05-17', 'whit-monday'],
      ['2027-12-25', 'christmas-day'],
      ['2027-12-26', 'boxing-day'],
    ],
    2028: [
      ['2028-01-01', 'new-years-day'],
      ['2028-04-13', 'maundy-thursday'],
      ['2028-04-14', 'good-friday'],
      ['2028-04-16', 'easter-sunday'],
      ['2028-04-17', 'easter-monday'],
      ['2028-05-25', 'ascension-day'],
      ['2028-06-04', 'whit-sunday'],
      ['2028-06-05', 'whit-monday'],
      ['2028-12-25', 'christmas-day'],
      ['2028-12-26', 'boxing-day'],
    ],
    2029: [
      ['2029-01-01', 'new-years-day'],
      ['2029-03-29', 'maundy-thursday'],
      ['2029-03-30', 'good-friday'],
      ['2029-04-01', 'easter-sunday'],
      ['2029-04-02', 'easter-monday'],
      ['2029-05-10', 'ascension-day'],
      ['2029-05-20', 'whit-sunday'],
      ['2029-05-21', 'whit-monday'],
      ['2029-12-25', 'christmas-day'],
      ['2029-12-26', 'boxing-day'],
    ],
    2030: [
      ['2030-01-01', 'new-years-day'],
      ['2030-04-18', 'maundy-thursday'],
      ['2030-04-19', 'good-friday'],
      ['2030-04-21', 'easter-sunday'],
      ['2030-04-22', 'easter-monday'],
      ['2030-05-30', 'ascension-day'],
      ['2030-06-09', 'whit-sunday'],
      ['2030-06-10', 'whit-monday'],
      ['2030-12-25', 'christmas-day'],
      ['2030-12-26', 'boxing-day'],
    ],
  };

  it.each([2026, 2027, 2028, 2029, 2030])('lists exactly the holidays of %i, in order', (year) => {
    const listed = danishPublicHolidays(year).map(({ date, id }) => [date, id]);
    expect(listed).toEqual(expected[year]);
  });

  it.each([2026, 2027, 2028, 2029, 2030])('treats every holiday of %i as a day off', (year) => {
    for (const [date, id] of expected[year] ?? []) {
      expect(dayOffReason(date, withoutCustomary)).toBe(id);
      expect(isWorkday(date, withoutCustomary)).toBe(false);
    }
  });

  it('includes store bededag (Easter + 26) up to 2023', () => {
    expect(danishPublicHolidays(2023)).toContainEqual({
      date: '2023-05-05',
      id: 'great-prayer-day',
    });
    expect(danishPublicHolidays(2023)).toHaveLength(11);
    expect(dayOffReason('2023-05-05')).toBe('great-prayer-day');
    expect(dayOffReason('2022-05-13')).toBe('great-prayer-day');
  });

  it('has no store bededag from 2024', () => {
    const ids = danishPublicHolidays(2024).map((holiday) => holiday.id);
    expect(ids).not.toContain('great-prayer-day');
    expect(ids).toHaveLength(10);
    expect(isWorkday('2024-04-26')).toBe(true); // would have been store bededag
    expect(isWorkday('2027-04-23')).toBe(true);
  });

  it('does not treat 1 May as a day off', () => {
    expect(isWorkday('2026-05-01')).toBe(true);
  });

  it('returns a fresh list each time', () => {
    const first = danishPublicHolidays(2027);
    first.pop();
    expect(danishPublicHolidays(2027)).toHaveLength(10);
  });
});

describe('customary days off', () => {
  it('lists 5 June, 24 and 31 December', () => {
    expect(danishCustomaryDaysOff(2027)).toEqual([
      { date: '2027-06-05', id: 'constitution-day' },
      { date: '2027-12-24', id: 'christmas-eve' },
      { date: '2027-12-31', id: 'new-years-eve' },
    ]);
  });

  it.each([
    ['2026-06-05', 'constitution-day'], // Friday
    ['2026-12-24', 'christmas-eve'], // Thursday
    ['2026-12-31', 'new-years-eve'], // Thursday
    ['2027-12-24', 'christmas-eve'], // Friday
    ['2027-12-31', 'new-years-eve'], // Friday
  ])('%s on a weekday is %s when customary days are on, a workday when off', (date, id) => {
    expect(dayOffReason(date, withCustomary)).toBe(id);
    expect(isWorkday(date, withCustomary)).toBe(false);
    expect(dayOffReason(date, withoutCustomary)).toBeNull();
    expect(isWorkday(date, withoutCustomary)).toBe(true);
  });

  it('has customary days on by default', () => {
    expect(dayOffReason('2026-12-24')).toBe('christmas-eve');
    expect(isWorkday('2026-06-05')).toBe(false);
  });

  it('falls back to the weekend when customary days are off', () => {
    expect(dayOffReason('2027-06-05', withCustomary)).toBe('constitution-day');
    expect(dayOffReason('2027-06-05', withoutCustomary)).toBe('saturday');
  });

  it('gives a public holiday precedence over 5 June (Whit Monday 2028)', () => {
    expect(dayOffReason('2028-06-05', withCustomary)).toBe('whit-monday');
    expect(dayOffReason('2028-06-05', withoutCustomary)).toBe('whit-monday');
  });
});

describe('dayOffReason and isWorkday', () => {
  it('names weekends', () => {
    expect(dayOffReason('2027-02-06')).toBe('saturday');
    expect(dayOffReason('2027-02-07')).toBe('sunday');
    expect(isWorkday('2027-02-06')).toBe(false);
  });

  it('names a holiday rather than the weekend it falls on', () => {
    expect(dayOffReason('2027-12-25')).toBe('christmas-day'); // Saturday
    expect(dayOffReason('2027-03-28')).toBe('easter-sunday');
    expect(dayOffReason('2028-01-01')).toBe('new-years-day'); // Saturday
  });

  it('returns null on an ordinary weekday', () => {
    expect(dayOffReason('2027-02-01')).toBeNull();
    expect(isWorkday('2027-03-30')).toBe(true); // Tuesday after Easter
    expect(isWorkday('2027-12-27')).toBe(true); // Monday after Christmas
  });

  it('rejects invalid dates', () => {
    expect(() => dayOffReason('2027-02-30')).toThrow(RangeError);
    expect(() => isWorkday('2027-2-3')).toThrow(RangeError);
  });
});

describe('nextWorkday and previousWorkday', () => {
  it('return the date itself when it is a workday', () => {
    expect(nextWorkday('2027-02-01')).toBe('2027-02-01');
    expect(previousWorkday('2027-02-01')).toBe('2027-02-01');
  });

  it('skip a weekend', () => {
    expect(nextWorkday('2027-02-06')).toBe('2027-02-08');
    expect(previousWorkday('2027-02-07')).toBe('2027-02-05');
  });

  it('skip the whole of Easter', () => {
    expect(nextWorkday('2027-03-25')).toBe('2027-03-30');
    expect(previousWorkday('2027-03-29')).toBe('2027-03-24');
  });

  it('skip Christmas and New Year with customary days on', () => {
    expect(nextWorkday('2026-12-24', withCustomary)).toBe('2026-12-28');
    expect(nextWorkday('2026-12-31', withCustomary)).toBe('2027-01-04');
    expect(previousWorkday('2027-01-01', withCustomary)).toBe('2026-12-30');
  });

  it('stop on 24 and 31 December with customary days off', () => {
    expect(nextWorkday('2026-12-24', withoutCustomary)).toBe('2026-12-24');
    expect(previousWorkday('2027-01-01', withoutCustomary)).toBe('2026-12-31');
    expect(nextWorkday('2026-12-25', withoutCustomary)).toBe('2026-12-28');
  });

  it('skip Ascension Day and Whitsun', () => {
    expect(nextWorkday('2027-05-06')).toBe('2027-05-07');
    expect(nextWorkday('2027-05-15')).toBe('2027-05-18');
    expect(previousWorkday('2028-06-05', withoutCustomary)).toBe('2028-06-02');
  });
});
