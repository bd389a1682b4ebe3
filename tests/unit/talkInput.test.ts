import { describe, expect, it } from 'vitest';
import {
  parseMonthlyTalks,
  parseTimeOfDay,
  talkDateNotices,
  validateTalkDate,
} from '../../src/domain/talkInput';

describe('validateTalkDate', () => {
  it('accepts a real calendar date', () => {
    expect(validateTalkDate('2027-04-01')).toBeNull();
    expect(validateTalkDate(' 2028-02-29 ')).toBeNull();
  });

  it('asks for a date when empty', () => {
    expect(validateTalkDate('')).toBe('required');
    expect(validateTalkDate('   ')).toBe('required');
  });

  it.each(['2027-02-29', '2027-04-31', '2027-13-01', '1-4-2027', 'next week'])(
    'rejects "%s"',
    (raw) => {
      expect(validateTalkDate(raw)).toBe('invalid-date');
    },
  );
});

describe('parseTimeOfDay', () => {
  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    [' 14:05 ', '14:05'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
  ])('reads "%s" as %s', (raw, time) => {
    expect(parseTimeOfDay(raw)).toEqual({ ok: true, time });
  });

  it('reads an empty field as no time (an all-day talk)', () => {
    expect(parseTimeOfDay('')).toEqual({ ok: true, time: null });
  });

  it.each(['24:00', '12:60', '930', '9', '9:3', 'ni', '12:30:00', '-1:30'])(
    'rejects "%s"',
    (raw) => {
      expect(parseTimeOfDay(raw)).toEqual({ ok: false });
    },
  );
});

describe('talkDateNotices', () => {
  const context = { start: '2027-03-15', lastDay: '2027-06-14', customaryDaysOff: true };

  it('has nothing to say about a workday within the probation', () => {
    expect(talkDateNotices('after-14-days', '2027-04-01', context)).toEqual({
      dayOff: null,
      outsideProbation: false,
    });
  });

  it('names the day off: a weekend, a public holiday', () => {
    expect(talkDateNotices('after-14-days', '2027-04-03', context).dayOff).toBe('saturday');
    expect(talkDateNotices('after-14-days', '2027-03-29', context).dayOff).toBe('easter-monday');
  });

  it('names a customary day off only when the setting counts it', () => {
    // 5 June 2026 (Constitution Day) is a Friday.
    const summer = { start: '2026-05-01', lastDay: '2026-07-31' };
    const on = talkDateNotices('week-before-midpoint', '2026-06-05', {
      ...summer,
      customaryDaysOff: true,
    });
    const off = talkDateNotices('week-before-midpoint', '2026-06-05', {
      ...summer,
      customaryDaysOff: false,
    });
    expect(on.dayOff).toBe('constitution-day');
    expect(off.dayOff).toBeNull();
  });

  it('notices a probation talk moved before the start or after the last day', () => {
    expect(talkDateNotices('after-14-days', '2027-03-12', context).outsideProbation).toBe(true);
    expect(talkDateNotices('biweekly-6', '2027-06-15', context).outsideProbation).toBe(true);
    expect(talkDateNotices('three-weeks-before-end', '2027-06-14', context).outsideProbation).toBe(
      false,
    );
    expect(talkDateNotices('after-14-days', '2027-03-15', context).outsideProbation).toBe(false);
  });

  it('does not notice monthly talks after the probation: that is where they belong', () => {
    expect(talkDateNotices('monthly-1', '2027-07-14', context).outsideProbation).toBe(false);
  });
});

describe('parseMonthlyTalks', () => {
  it.each([
    ['0', 0],
    ['3', 3],
    [' 12 ', 12],
    ['03', 3],
  ])('reads "%s" as %i', (raw, count) => {
    expect(parseMonthlyTalks(raw)).toBe(count);
  });

  it.each(['', '13', '-1', '2.5', 'tre', '100'])('rejects "%s"', (raw) => {
    expect(parseMonthlyTalks(raw)).toBeNull();
  });
});
