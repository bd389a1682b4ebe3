import { describe, expect, it } from 'vitest';
import { isOverdue, nextTalk, overdueTalks } from '../../src/domain/talkSchedule';
import type { TalkStatus } from '../../src/domain/types';

interface TestTalk {
  key: string;
  date: string;
  status: TalkStatus;
}

const talk = (key: string, date: string, status: TalkStatus = 'planned'): TestTalk => ({
  key,
  date,
  status,
});

const keys = (talks: readonly TestTalk[]) => talks.map((found) => found.key);

describe('nextTalk', () => {
  const talks = [talk('c', '2027-05-24'), talk('a', '2027-03-30'), talk('b', '2027-04-23')];

  it('is the earliest planned talk on or after today, whatever the stored order', () => {
    expect(nextTalk(talks, '2027-03-01')?.key).toBe('a');
    expect(nextTalk(talks, '2027-03-31')?.key).toBe('b');
  });

  it('counts a talk today as next, not as passed', () => {
    expect(nextTalk(talks, '2027-04-23')?.key).toBe('b');
  });

  it('skips held and cancelled talks', () => {
    const marked = [
      talk('a', '2027-03-30', 'held'),
      talk('b', '2027-04-23', 'cancelled'),
      talks[0]!,
    ];
    expect(nextTalk(marked, '2027-03-01')?.key).toBe('c');
  });

  it('is null when no planned talk is left', () => {
    expect(nextTalk(talks, '2027-05-25')).toBeNull();
    expect(nextTalk([], '2027-05-25')).toBeNull();
  });
});

describe('overdueTalks', () => {
  it('lists planned talks whose day has passed, earliest first', () => {
    const talks = [talk('c', '2027-05-24'), talk('b', '2027-04-23'), talk('a', '2027-03-30')];
    expect(keys(overdueTalks(talks, '2027-04-24'))).toEqual(['a', 'b']);
  });

  it('does not count a talk today, or one marked held or cancelled', () => {
    const talks = [
      talk('held', '2027-03-30', 'held'),
      talk('cancelled', '2027-04-01', 'cancelled'),
      talk('today', '2027-04-23'),
    ];
    expect(overdueTalks(talks, '2027-04-23')).toEqual([]);
    expect(isOverdue(talks[2]!, '2027-04-23')).toBe(false);
    expect(isOverdue(talks[2]!, '2027-04-24')).toBe(true);
  });

  it('compares dates across a year end', () => {
    expect(isOverdue(talk('a', '2027-12-31'), '2028-01-01')).toBe(true);
    expect(isOverdue(talk('a', '2028-01-01'), '2027-12-31')).toBe(false);
  });
});
