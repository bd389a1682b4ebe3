/** The follow-up plan as one timeline: the talks and the probation's markers, by date. */
import { compareIso, type IsoDate } from './dates';
import type { FollowUpPlan } from './followUps';

export type MarkerKind = 'start' | 'midpoint' | 'noticeDeadline' | 'lastDay';

export type TimelineEntry<T> =
  { type: 'marker'; marker: MarkerKind; date: IsoDate } | { type: 'talk'; talk: T; date: IsoDate };

/** On the same day: the start comes first and the last day last, talks in between. */
const SAME_DAY_RANK: Record<MarkerKind | 'talk', number> = {
  start: 0,
  midpoint: 1,
  noticeDeadline: 1,
  talk: 2,
  lastDay: 3,
};

function rank<T>(entry: TimelineEntry<T>): number {
  return SAME_DAY_RANK[entry.type === 'talk' ? 'talk' : entry.marker];
}

export function planTimeline<T extends { date: IsoDate }>(
  start: IsoDate,
  plan: Pick<FollowUpPlan, 'midpoint' | 'lastDay' | 'noticeDeadline'>,
  talks: readonly T[],
): TimelineEntry<T>[] {
  const markers: TimelineEntry<T>[] = [
    { type: 'marker', marker: 'start', date: start },
    { type: 'marker', marker: 'midpoint', date: plan.midpoint },
    { type: 'marker', marker: 'lastDay', date: plan.lastDay },
  ];
  if (plan.noticeDeadline) {
    markers.push({ type: 'marker', marker: 'noticeDeadline', date: plan.noticeDeadline });
  }
  const entries = [
    ...markers,
    ...talks.map((talk): TimelineEntry<T> => ({ type: 'talk', talk, date: talk.date })),
  ];
  return entries.sort((a, b) => compareIso(a.date, b.date) || rank(a) - rank(b));
}
