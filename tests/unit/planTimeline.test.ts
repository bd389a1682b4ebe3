import { describe, expect, it } from 'vitest';
import { planFollowUps } from '../../src/domain/followUps';
import { planTimeline, type TimelineEntry } from '../../src/domain/planTimeline';

const describeEntry = (entry: TimelineEntry<{ key: string; date: string }>) =>
  entry.type === 'talk' ? `${entry.date} ${entry.talk.key}` : `${entry.date} [${entry.marker}]`;

describe('planTimeline', () => {
  it('puts the talks between the probation markers, by date', () => {
    const plan = planFollowUps('2027-03-15', 3);
    const entries = planTimeline('2027-03-15', plan, [...plan.talks].reverse());
    expect(entries.map(describeEntry)).toEqual([
      '2027-03-15 [start]',
      '2027-03-30 after-14-days',
      '2027-04-23 week-before-midpoint',
      '2027-04-30 [midpoint]',
      '2027-05-24 three-weeks-before-end',
      '2027-05-31 [noticeDeadline]',
      '2027-06-14 [lastDay]',
    ]);
  });

  it('has no notice deadline for a probation over 3 months', () => {
    const plan = planFollowUps('2027-03-15', 4);
    const markers = planTimeline('2027-03-15', plan, []).map(describeEntry);
    expect(markers).toEqual([
      '2027-03-15 [start]',
      '2027-05-15 [midpoint]',
      '2027-07-14 [lastDay]',
    ]);
  });

  it('shows the start before, and the last day after, a talk moved onto them', () => {
    const plan = planFollowUps('2027-03-15', 3);
    const talks = [
      { key: 'a', date: '2027-06-14' },
      { key: 'b', date: '2027-03-15' },
    ];
    const entries = planTimeline('2027-03-15', plan, talks).map(describeEntry);
    expect(entries[0]).toBe('2027-03-15 [start]');
    expect(entries[1]).toBe('2027-03-15 b');
    expect(entries.slice(-2)).toEqual(['2027-06-14 a', '2027-06-14 [lastDay]']);
  });
});
