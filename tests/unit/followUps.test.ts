import { describe, it, expect } from 'vitest';
import { addDays } from '../../src/domain/dates';
import {
  noticeDeadline,
  planFollowUps,
  probationLastDay,
  probationMidpoint,
} from '../../src/domain/followUps';
import type { PlannedTalk } from '../../src/domain/followUps';
import { dayOffReason, isWorkday } from '../../src/domain/workdays';

const datesOf = (talks: PlannedTalk[]) => talks.map((talk) => talk.date);
const ruleDatesOf = (talks: PlannedTalk[]) => talks.map((talk) => talk.ruleDate);

function everyDayFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

describe('probationLastDay', () => {
  it.each([
    // The worked examples from the design.
    ['2027-02-01', 3, '2027-04-30'],
    ['2027-03-15', 3, '2027-06-14'],
    ['2027-01-31', 1, '2027-02-28'],
    // A month without the start's day gives that month's last day, not the day before it.
    ['2027-03-31', 1, '2027-04-30'],
    ['2027-05-31', 1, '2027-06-30'],
    ['2027-01-30', 1, '2027-02-28'],
    ['2027-01-29', 1, '2027-02-28'],
    ['2027-10-31', 2, '2027-12-30'],
    // The day exists, so it is the day before.
    ['2027-05-30', 1, '2027-06-29'],
    ['2027-12-31', 1, '2028-01-30'],
    ['2027-12-01', 1, '2027-12-31'],
    ['2027-01-01', 6, '2027-06-30'],
    // Leap years: 2028 is one, 2100 is not.
    ['2028-01-29', 1, '2028-02-28'],
    ['2028-01-30', 1, '2028-02-29'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-11-29', 3, '2028-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2027-10-31', 4, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-28'],
    ['2028-02-29', 3, '2028-05-28'],
    ['2099-11-28', 3, '2100-02-27'],
    ['2099-11-29', 3, '2100-02-28'],
  ])('%s + %i months ends on %s', (start, months, expected) => {
    expect(probationLastDay(start, months)).toBe(expected);
  });

  it.each(['2027-02-30', '2027-02-29', '2027-2-3', '', '2027-04-31', 'tomorrow'])(
    'rejects the start date "%s"',
    (start) => {
      expect(() => probationLastDay(start, 3)).toThrow(RangeError);
    },
  );

  it.each([0, 7, 2.5, Number.NaN, Number.POSITIVE_INFINITY, -1])('rejects %s months', (months) => {
    expect(() => probationLastDay('2027-02-01', months)).toThrow(RangeError);
    expect(() => probationLastDay('2027-02-01', months)).toThrow(
      /whole number of months from 1 to 6/,
    );
  });
});

describe('probationMidpoint', () => {
  it('adds half the length in days, both ends counted, rounded down', () => {
    expect(probationMidpoint('2027-02-01', '2027-04-30')).toBe('2027-03-17'); // 89 days
    expect(probationMidpoint('2027-03-15', '2027-06-14')).toBe('2027-04-30'); // 92 days
    expect(probationMidpoint('2027-01-01', '2027-01-31')).toBe('2027-01-16'); // 31 days
    expect(probationMidpoint('2027-01-31', '2027-02-28')).toBe('2027-02-14'); // 29 days
    expect(probationMidpoint('2027-01-01', '2027-06-30')).toBe('2027-04-01'); // 181 days
  });

  it('handles one- and two-day spans', () => {
    expect(probationMidpoint('2027-02-01', '2027-02-01')).toBe('2027-02-01');
    expect(probationMidpoint('2027-02-01', '2027-02-02')).toBe('2027-02-02');
  });

  it('rejects a last day before the start', () => {
    expect(() => probationMidpoint('2027-02-01', '2027-01-31')).toThrow(RangeError);
  });
});

describe('noticeDeadline', () => {
  it('is 14 days before the last day', () => {
    expect(noticeDeadline('2027-04-30')).toBe('2027-04-16');
    expect(noticeDeadline('2027-03-05')).toBe('2027-02-19');
    expect(noticeDeadline('2028-03-13')).toBe('2028-02-28');
  });
});

describe('planFollowUps — three talks', () => {
  it('plans the worked example 1 Feb 2027, 3 months', () => {
    const plan = planFollowUps('2027-02-01', 3);
    expect(plan.lastDay).toBe('2027-04-30');
    expect(plan.midpoint).toBe('2027-03-17');
    expect(plan.noticeDeadline).toBe('2027-04-16');
    expect(plan.warnings).toEqual([]);
    expect(plan.talks).toEqual([
      {
        key: 'after-14-days',
        ruleDate: '2027-02-15',
        date: '2027-02-15',
        movedBecause: null,
        participants: 'manager',
      },
      {
        key: 'week-before-midpoint',
        ruleDate: '2027-03-10',
        date: '2027-03-10',
        movedBecause: null,
        participants: 'colleagues',
      },
      {
        key: 'three-weeks-before-end',
        ruleDate: '2027-04-09',
        date: '2027-04-09',
        movedBecause: null,
        participants: 'manager',
      },
    ]);
  });

  it('moves a talk off Easter Monday and keeps 23 Apr 2027 (no store bededag)', () => {
    const plan = planFollowUps('2027-03-15', 3);
    expect(plan.lastDay).toBe('2027-06-14');
    expect(plan.midpoint).toBe('2027-04-30');
    expect(plan.noticeDeadline).toBe('2027-05-31');
    const [after14, beforeMidpoint, beforeEnd] = plan.talks;
    expect(after14).toMatchObject({
      key: 'after-14-days',
      ruleDate: '2027-03-29',
      date: '2027-03-30',
      movedBecause: 'easter-monday',
    });
    expect(beforeMidpoint).toMatchObject({
      ruleDate: '2027-04-23',
      date: '2027-04-23',
      movedBecause: null,
    });
    expect(beforeEnd).toMatchObject({
      ruleDate: '2027-05-24',
      date: '2027-05-24',
      movedBecause: null,
    });
    expect(plan.warnings).toEqual([]);
  });

  it('warns when a one-month probation puts the talks out of order (31 Jan 2027)', () => {
    const plan = planFollowUps('2027-01-31', 1);
    expect(plan.lastDay).toBe('2027-02-28');
    expect(plan.midpoint).toBe('2027-02-14');
    expect(plan.noticeDeadline).toBe('2027-02-14');
    expect(
      plan.talks.map(({ ruleDate, date, movedBecause }) => [ruleDate, date, movedBecause]),
    ).toEqual([
      ['2027-02-14', '2027-02-15', 'sunday'],
      ['2027-02-07', '2027-02-05', 'sunday'],
      ['2027-02-07', '2027-02-05', 'sunday'],
    ]);
    expect(plan.warnings).toEqual(['talks-out-of-order']);
  });

  it('moves the "before" talks back: Maundy Thursday in a 6-month probation', () => {
    const plan = planFollowUps('2027-01-01', 6);
    expect(plan.lastDay).toBe('2027-06-30');
    expect(plan.midpoint).toBe('2027-04-01');
    expect(plan.noticeDeadline).toBeNull();
    expect(plan.warnings).toEqual(['probation-over-3-months']);
    expect(
      plan.talks.map(({ ruleDate, date, movedBecause }) => [ruleDate, date, movedBecause]),
    ).toEqual([
      ['2027-01-15', '2027-01-15', null],
      ['2027-03-25', '2027-03-24', 'maundy-thursday'],
      ['2027-06-09', '2027-06-09', null],
    ]);
  });

  it('moves talks off weekends in the right direction', () => {
    // 7 Dec 2026, 2 months: last day Sat 6 Feb 2027; 16 Jan is a Saturday.
    const plan = planFollowUps('2026-12-07', 2);
    expect(plan.lastDay).toBe('2027-02-06');
    expect(plan.talks[2]).toMatchObject({
      key: 'three-weeks-before-end',
      ruleDate: '2027-01-16',
      date: '2027-01-15',
      movedBecause: 'saturday',
    });
  });

  it('gives the participants of each talk', () => {
    const plan = planFollowUps('2027-02-01', 3);
    expect(plan.talks.map((talk) => [talk.key, talk.participants])).toEqual([
      ['after-14-days', 'manager'],
      ['week-before-midpoint', 'colleagues'],
      ['three-weeks-before-end', 'manager'],
    ]);
  });

  it('leaves the dates alone when moving is switched off', () => {
    const plan = planFollowUps('2027-03-15', 3, { moveOffDaysOff: false });
    expect(plan.talks[0]).toMatchObject({
      ruleDate: '2027-03-29',
      date: '2027-03-29',
      movedBecause: null,
    });
  });

  it('shows the notice deadline only for probations of at most 3 months', () => {
    expect(planFollowUps('2027-02-01', 1).noticeDeadline).toBe('2027-02-14');
    expect(planFollowUps('2027-02-01', 2).noticeDeadline).toBe('2027-03-17');
    expect(planFollowUps('2027-02-01', 3).noticeDeadline).toBe('2027-04-16');
    expect(planFollowUps('2027-02-01', 4).noticeDeadline).toBeNull();
    expect(planFollowUps('2027-02-01', 6).noticeDeadline).toBeNull();
  });

  it('warns about probations over 3 months', () => {
    expect(planFollowUps('2027-02-01', 3).warnings).not.toContain('probation-over-3-months');
    expect(planFollowUps('2027-02-01', 4).warnings).toContain('probation-over-3-months');
    expect(planFollowUps('2027-02-01', 5).warnings).toContain('probation-over-3-months');
  });
});

describe('planFollowUps — customary days off', () => {
  it('moves after-14-days off 5 June (Friday 2026) only when customary days are on', () => {
    const on = planFollowUps('2026-05-22', 3);
    expect(on.talks[0]).toMatchObject({
      ruleDate: '2026-06-05',
      date: '2026-06-08',
      movedBecause: 'constitution-day',
    });
    const off = planFollowUps('2026-05-22', 3, { customaryDaysOff: false });
    expect(off.talks[0]).toMatchObject({
      ruleDate: '2026-06-05',
      date: '2026-06-05',
      movedBecause: null,
    });
  });

  it('moves three-weeks-before-end back off 24 December (Thursday 2026)', () => {
    const on = planFollowUps('2026-10-15', 3);
    expect(on.lastDay).toBe('2027-01-14');
    expect(on.talks[2]).toMatchObject({
      ruleDate: '2026-12-24',
      date: '2026-12-23',
      movedBecause: 'christmas-eve',
    });
    const off = planFollowUps('2026-10-15', 3, { customaryDaysOff: false });
    expect(off.talks[2]).toMatchObject({ date: '2026-12-24', movedBecause: null });
  });

  it('moves week-before-midpoint back off 31 December (Thursday 2026)', () => {
    const on = planFollowUps('2026-12-07', 2);
    expect(on.midpoint).toBe('2027-01-07');
    expect(on.talks[1]).toMatchObject({
      key: 'week-before-midpoint',
      ruleDate: '2026-12-31',
      date: '2026-12-30',
      movedBecause: 'new-years-eve',
    });
    expect(on.warnings).toEqual([]);
    const off = planFollowUps('2026-12-07', 2, { customaryDaysOff: false });
    expect(off.talks[1]).toMatchObject({ date: '2026-12-31', movedBecause: null });
  });

  it('moves after-14-days forward from 31 December past New Year to Monday 4 January', () => {
    const on = planFollowUps('2026-12-17', 3);
    expect(on.talks[0]).toMatchObject({
      ruleDate: '2026-12-31',
      date: '2027-01-04',
      movedBecause: 'new-years-eve',
    });
    const off = planFollowUps('2026-12-17', 3, { customaryDaysOff: false });
    expect(off.talks[0]).toMatchObject({ date: '2026-12-31', movedBecause: null });
  });
});

describe('planFollowUps — biweekly', () => {
  it('plans talks every 14 days to the last day, then 3 monthly talks', () => {
    const plan = planFollowUps('2027-02-01', 3, { cadence: 'biweekly' });
    expect(plan.talks.map((talk) => talk.key)).toEqual([
      'biweekly-1',
      'biweekly-2',
      'biweekly-3',
      'biweekly-4',
      'biweekly-5',
      'biweekly-6',
      'monthly-1',
      'monthly-2',
      'monthly-3',
    ]);
    expect(ruleDatesOf(plan.talks)).toEqual([
      '2027-02-15',
      '2027-03-01',
      '2027-03-15',
      '2027-03-29',
      '2027-04-12',
      '2027-04-26',
      '2027-05-30',
      '2027-06-30',
      '2027-07-30',
    ]);
    expect(datesOf(plan.talks)).toEqual([
      '2027-02-15',
      '2027-03-01',
      '2027-03-15',
      '2027-03-30',
      '2027-04-12',
      '2027-04-26',
      '2027-05-31',
      '2027-06-30',
      '2027-07-30',
    ]);
    expect(plan.talks[3]?.movedBecause).toBe('easter-monday');
    expect(plan.talks[6]?.movedBecause).toBe('sunday');
    expect(plan.talks.every((talk) => talk.participants === 'manager')).toBe(true);
    expect(plan.noticeDeadline).toBe('2027-04-16');
    expect(plan.warnings).toEqual([]);
  });

  it('moves back instead of past the last day (Maundy Thursday 2026)', () => {
    const plan = planFollowUps('2026-03-05', 1, { cadence: 'biweekly', monthlyTalksAfter: 0 });
    expect(plan.lastDay).toBe('2026-04-04');
    expect(plan.talks).toEqual([
      {
        key: 'biweekly-1',
        ruleDate: '2026-03-19',
        date: '2026-03-19',
        movedBecause: null,
        participants: 'manager',
      },
      {
        key: 'biweekly-2',
        ruleDate: '2026-04-02',
        date: '2026-04-01',
        movedBecause: 'maundy-thursday',
        participants: 'manager',
      },
    ]);
  });

  it('moves a talk on a Saturday last day back to Friday, but earlier ones forward', () => {
    const plan = planFollowUps('2026-01-31', 1, { cadence: 'biweekly', monthlyTalksAfter: 1 });
    expect(plan.lastDay).toBe('2026-02-28');
    expect(plan.talks.map(({ key, ruleDate, date }) => [key, ruleDate, date])).toEqual([
      ['biweekly-1', '2026-02-14', '2026-02-16'],
      ['biweekly-2', '2026-02-28', '2026-02-27'],
      ['monthly-1', '2026-03-28', '2026-03-30'],
    ]);
  });

  it('counts each monthly talk from the last day, clamping to month ends', () => {
    const plan = planFollowUps('2027-01-01', 1, { cadence: 'biweekly' });
    expect(plan.lastDay).toBe('2027-01-31');
    expect(plan.talks.map(({ key, ruleDate, date }) => [key, ruleDate, date])).toEqual([
      ['biweekly-1', '2027-01-15', '2027-01-15'],
      ['biweekly-2', '2027-01-29', '2027-01-29'],
      ['monthly-1', '2027-02-28', '2027-03-01'],
      ['monthly-2', '2027-03-31', '2027-03-31'],
      ['monthly-3', '2027-04-30', '2027-04-30'],
    ]);
  });

  it('plans 12 biweekly talks in a 6-month probation and skips Good Friday', () => {
    const plan = planFollowUps('2027-01-01', 6, { cadence: 'biweekly', monthlyTalksAfter: 3 });
    const biweekly = plan.talks.filter((talk) => talk.key.startsWith('biweekly-'));
    expect(ruleDatesOf(biweekly)).toEqual([
      '2027-01-15',
      '2027-01-29',
      '2027-02-12',
      '2027-02-26',
      '2027-03-12',
      '2027-03-26',
      '2027-04-09',
      '2027-04-23',
      '2027-05-07',
      '2027-05-21',
      '2027-06-04',
      '2027-06-18',
    ]);
    expect(biweekly[5]).toMatchObject({ date: '2027-03-30', movedBecause: 'good-friday' });
    const monthly = plan.talks.filter((talk) => talk.key.startsWith('monthly-'));
    expect(datesOf(monthly)).toEqual(['2027-07-30', '2027-08-30', '2027-09-30']);
    expect(plan.noticeDeadline).toBeNull();
    expect(plan.warnings).toEqual(['probation-over-3-months']);
  });

  it('honours monthlyTalksAfter from 0 to 12', () => {
    const none = planFollowUps('2027-02-01', 3, { cadence: 'biweekly', monthlyTalksAfter: 0 });
    expect(none.talks.some((talk) => talk.key.startsWith('monthly-'))).toBe(false);
    const twelve = planFollowUps('2027-01-01', 1, { cadence: 'biweekly', monthlyTalksAfter: 12 });
    const monthly = twelve.talks.filter((talk) => talk.key.startsWith('monthly-'));
    expect(monthly).toHaveLength(12);
    expect(monthly[11]).toMatchObject({ key: 'monthly-12', ruleDate: '2028-01-31' });
  });

  it.each([-1, 13, 1.5, Number.NaN])('rejects monthlyTalksAfter %s', (count) => {
    expect(() =>
      planFollowUps('2027-02-01', 3, { cadence: 'biweekly', monthlyTalksAfter: count }),
    ).toThrow(RangeError);
  });

  it('does not give the out-of-order warning for short probations', () => {
    const plan = planFollowUps('2027-01-31', 1, { cadence: 'biweekly' });
    expect(plan.warnings).toEqual([]);
  });
});

describe('planFollowUps — invalid input', () => {
  it.each(['2027-02-30', '2027-2-3', '', '2100-02-29', '2027-13-01'])(
    'rejects the start date "%s"',
    (start) => {
      expect(() => planFollowUps(start, 3)).toThrow(RangeError);
    },
  );

  it.each([0, 7, 2.5, Number.NaN, -3])('rejects %s months', (months) => {
    expect(() => planFollowUps('2027-02-01', months)).toThrow(RangeError);
    expect(() => planFollowUps('2027-02-01', months, { cadence: 'biweekly' })).toThrow(
      /whole number of months from 1 to 6/,
    );
  });
});

describe('planFollowUps — properties over every start date 2026–2030', () => {
  const starts = everyDayFrom('2026-01-01', '2030-12-31');

  it('always warns for one-month probations (about 6 weeks or less)', () => {
    const unwarned = starts.filter(
      (start) => !planFollowUps(start, 1).warnings.includes('talks-out-of-order'),
    );
    expect(unwarned).toEqual([]);
  });

  it('never warns about order for two- and three-month probations', () => {
    const warned = starts.filter((start) =>
      [2, 3].some((months) => planFollowUps(start, months).warnings.includes('talks-out-of-order')),
    );
    expect(warned).toEqual([]);
  });

  it('puts every talk on a workday and explains every move', () => {
    const problems: string[] = [];
    for (const start of starts) {
      for (const cadence of ['three-talks', 'biweekly'] as const) {
        for (const talk of planFollowUps(start, 3, { cadence }).talks) {
          const moved = talk.date !== talk.ruleDate;
          if (!isWorkday(talk.date)) problems.push(`${start} ${talk.key} on a day off`);
          if (moved !== (talk.movedBecause !== null)) problems.push(`${start} ${talk.key} reason`);
          if (moved && talk.movedBecause !== dayOffReason(talk.ruleDate)) {
            problems.push(`${start} ${talk.key} wrong reason`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps biweekly talks inside the probation and strictly increasing', () => {
    const problems: string[] = [];
    for (const start of starts) {
      const plan = planFollowUps(start, 2, { cadence: 'biweekly', monthlyTalksAfter: 0 });
      const dates = datesOf(plan.talks);
      dates.forEach((date, i) => {
        const previous = dates[i - 1] ?? start;
        if (date <= previous || date > plan.lastDay) problems.push(`${start} #${i + 1} ${date}`);
      });
    }
    expect(problems).toEqual([]);
  });
});
