import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { cleanupDate, isCleanupDue } from '../../src/domain/cleanupDue';
import { CLEANUP_MONTHS_AFTER_PROBATION } from '../../src/domain/limits';

const hire = (startDate: string, probationMonths = 3) => ({ startDate, probationMonths });

describe('cleanupDate', () => {
  it('defaults to 6 months', () => {
    expect(CLEANUP_MONTHS_AFTER_PROBATION).toBe(6);
  });

  it.each([
    // Probation 15 March – 14 June 2027: due from 14 December 2027.
    ['2027-03-15', 3, '2027-12-14'],
    ['2027-02-01', 3, '2027-10-30'],
    // The last day is a month's 31st: the month 6 later has no 31st, so its last day.
    ['2027-02-01', 6, '2028-01-31'],
    ['2027-03-01', 3, '2027-11-30'],
    ['2027-06-01', 3, '2028-02-29'],
    // End of February in a leap year and not: 2028 is one, 2027 and 2100 are not.
    ['2026-06-01', 3, '2027-02-28'],
    ['2099-06-01', 3, '2100-02-28'],
    ['2028-03-01', 6, '2029-02-28'],
    // Over the turn of a year.
    ['2027-07-01', 6, '2028-06-30'],
    ['2027-10-10', 1, '2028-05-09'],
    ['2027-12-31', 1, '2028-07-30'],
  ])('start %s, %i months: due from %s', (start, months, expected) => {
    expect(cleanupDate(hire(start, months))).toBe(expected);
  });

  it('takes another period in months', () => {
    expect(cleanupDate(hire('2027-03-15'), 12)).toBe('2028-06-14');
    expect(cleanupDate(hire('2027-03-15'), 0)).toBe('2027-06-14');
  });

  it('rejects a hire whose probation cannot be computed', () => {
    expect(() => cleanupDate(hire('2027-02-30'))).toThrow(RangeError);
    expect(() => cleanupDate(hire('2027-03-15', 0))).toThrow(RangeError);
  });
});

describe('isCleanupDue', () => {
  const due = cleanupDate(hire('2027-03-15'));

  it('is not due before the day, and is due on and after it', () => {
    expect(isCleanupDue(hire('2027-03-15'), addDays(due, -1))).toBe(false);
    expect(isCleanupDue(hire('2027-03-15'), due)).toBe(true);
    expect(isCleanupDue(hire('2027-03-15'), addDays(due, 400))).toBe(true);
  });

  it('is not due during or right after the probation', () => {
    expect(isCleanupDue(hire('2027-03-15'), '2027-03-15')).toBe(false);
    expect(isCleanupDue(hire('2027-03-15'), '2027-06-15')).toBe(false);
  });

  it('is never due again once the hire is anonymised', () => {
    const anonymised = { ...hire('2027-03-15'), anonymisedAt: '2028-01-01T10:00:00.000Z' };
    expect(isCleanupDue(anonymised, '2030-01-01')).toBe(false);
  });

  it('compares dates, not instants: the time zone cannot move the day', () => {
    // The same strings in any zone (npm run test:tz runs this file in two more).
    expect(isCleanupDue(hire('2027-03-15'), '2027-12-13')).toBe(false);
    expect(isCleanupDue(hire('2027-03-15'), '2027-12-14')).toBe(true);
  });
});
