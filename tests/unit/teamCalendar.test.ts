import { describe, expect, it } from 'vitest';
import {
  calendarEntries,
  calendarMonths,
  isUpcoming,
  talksByHire,
} from '../../src/domain/teamCalendar';
import type { Hire, Talk } from '../../src/domain/types';
import { hireRecord, talkRecord, teamRecord } from '../support/records';

const team = teamRecord();

function hire(id: string, name: string): Hire {
  return hireRecord({ id, name, startDate: '2027-03-01' });
}

function talk(id: string, hireId: string, date: string, changes: Partial<Talk> = {}): Talk {
  return talkRecord({ id, hireId, key: 'after-14-days', date, ...changes });
}

const hires = [hire('h1', 'Bo'), hire('h2', 'Ann')];
const talks = [
  talk('past', 'h1', '2027-02-26'),
  talk('held', 'h1', '2027-03-10', { status: 'held' }),
  talk('cancelled', 'h2', '2027-03-12', { status: 'cancelled' }),
  talk('bo-late', 'h1', '2027-03-15', { time: '13:00' }),
  talk('ann', 'h2', '2027-03-15'),
  talk('bo-early', 'h1', '2027-03-15', { time: '09:00' }),
  talk('april', 'h2', '2027-04-01'),
  talk('orphan', 'gone', '2027-03-20'),
];
const entries = calendarEntries([team], hires, talks);
const ids = (months: ReturnType<typeof calendarMonths>) =>
  months.map(({ month, entries: list }) => [month, list.map((entry) => entry.talk.id)]);

describe('team calendar', () => {
  it('leaves out talks whose hire is gone', () => {
    expect(entries.map((entry) => entry.talk.id)).not.toContain('orphan');
    expect(entries).toHaveLength(7);
  });

  it('shows upcoming planned talks by month, all-day first, then by time', () => {
    expect(ids(calendarMonths(entries, { today: '2027-03-11', showAll: false }))).toEqual([
      ['2027-03', ['ann', 'bo-early', 'bo-late']],
      ['2027-04', ['april']],
    ]);
  });

  it('counts a talk today as upcoming', () => {
    expect(isUpcoming(talk('x', 'h1', '2027-03-15'), '2027-03-15')).toBe(true);
    expect(isUpcoming(talk('x', 'h1', '2027-03-14'), '2027-03-15')).toBe(false);
  });

  it('shows past, held and cancelled talks too when asked', () => {
    expect(ids(calendarMonths(entries, { today: '2027-03-11', showAll: true }))).toEqual([
      ['2027-02', ['past']],
      ['2027-03', ['held', 'cancelled', 'ann', 'bo-early', 'bo-late']],
      ['2027-04', ['april']],
    ]);
  });

  it('groups the talks per hire for a calendar file', () => {
    const groups = talksByHire(entries);
    expect(groups.map((group) => [group.hireName, group.talks.length])).toEqual([
      ['Bo', 4],
      ['Ann', 3],
    ]);
  });
});
