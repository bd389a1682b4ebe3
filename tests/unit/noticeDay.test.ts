import { describe, expect, it } from 'vitest';
import { noticeDeadline } from '../../src/domain/followUps';
import { noticeDeadlineDayOff } from '../../src/domain/noticeDay';

const WITH_CUSTOMARY = { customaryDaysOff: true };
const WITHOUT_CUSTOMARY = { customaryDaysOff: false };

describe('the last day to give notice, on a day off', () => {
  it('is fine on a workday', () => {
    // 1 Feb 2027 + 3 months ends 30 Apr 2027; notice by Fri 16 Apr 2027.
    expect(noticeDeadline('2027-04-30')).toBe('2027-04-16');
    expect(noticeDeadlineDayOff('2027-04-16', WITH_CUSTOMARY)).toBeNull();
  });

  it('names a weekend day and the Friday before', () => {
    expect(noticeDeadlineDayOff('2027-04-17', WITH_CUSTOMARY)).toEqual({
      reason: 'saturday',
      lastWorkdayBefore: '2027-04-16',
    });
    expect(noticeDeadlineDayOff('2027-04-18', WITH_CUSTOMARY)?.lastWorkdayBefore).toBe(
      '2027-04-16',
    );
  });

  it('names a public holiday and steps back over the whole Easter', () => {
    // Easter 2027: Maundy Thursday 25 March, Good Friday 26 March, Easter Monday 29 March.
    expect(noticeDeadlineDayOff('2027-03-29', WITH_CUSTOMARY)).toEqual({
      reason: 'easter-monday',
      lastWorkdayBefore: '2027-03-24',
    });
  });

  it('counts a customary day off only when the workplace has it', () => {
    // Christmas Eve 2027 is a Friday.
    expect(noticeDeadlineDayOff('2027-12-24', WITH_CUSTOMARY)).toEqual({
      reason: 'christmas-eve',
      lastWorkdayBefore: '2027-12-23',
    });
    expect(noticeDeadlineDayOff('2027-12-24', WITHOUT_CUSTOMARY)).toBeNull();
  });
});
