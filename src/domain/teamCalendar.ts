/** The team calendar: talks of many hires, in date order, grouped by month. Pure. */
import type { HireTalks } from './calendarEvents';
import { compareIso, type IsoDate } from './dates';
import type { Hire, Talk, Team } from './types';

export interface CalendarEntry {
  talk: Talk;
  hire: Hire;
  team: Team;
}

export interface CalendarMonth {
  /** 'yyyy-MM' */
  month: string;
  entries: CalendarEntry[];
}

/** Joins talks to their hire and team; talks whose hire or team is missing are left out. */
export function calendarEntries(
  teams: readonly Team[],
  hires: readonly Hire[],
  talks: readonly Talk[],
): CalendarEntry[] {
  const teamById = new Map(teams.map((team) => [team.id, team]));
  const hireById = new Map(hires.map((hire) => [hire.id, hire]));
  return talks.flatMap((talk) => {
    const hire = hireById.get(talk.hireId);
    const team = hire && teamById.get(hire.teamId);
    return hire && team ? [{ talk, hire, team }] : [];
  });
}

/** Still to come: planned, today or later. */
export function isUpcoming(talk: Talk, today: IsoDate): boolean {
  return talk.status === 'planned' && talk.date >= today;
}

/** Date, then time (all-day first), then the hire's name. */
function byWhen(a: CalendarEntry, b: CalendarEntry): number {
  return (
    compareIso(a.talk.date, b.talk.date) ||
    compareIso(a.talk.time ?? '', b.talk.time ?? '') ||
    a.hire.name.localeCompare(b.hire.name)
  );
}

/**
 * The entries to show, in date order and grouped by month: only upcoming talks, or with
 * `showAll` also past, held and cancelled ones.
 */
export function calendarMonths(
  entries: readonly CalendarEntry[],
  { today, showAll }: { today: IsoDate; showAll: boolean },
): CalendarMonth[] {
  const shown = entries.filter((entry) => showAll || isUpcoming(entry.talk, today)).sort(byWhen);
  const months: CalendarMonth[] = [];
  for (const entry of shown) {
    const month = entry.talk.date.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.entries.push(entry);
    else months.push({ month, entries: [entry] });
  }
  return months;
}

/** The entries' talks per hire, for a calendar file. */
export function talksByHire(entries: readonly CalendarEntry[]): HireTalks[] {
  const byHire = new Map<string, HireTalks & { talks: Talk[] }>();
  for (const { talk, hire } of entries) {
    const group = byHire.get(hire.id) ?? { hireName: hire.name, talks: [] };
    group.talks.push(talk);
    byHire.set(hire.id, group);
  }
  return [...byHire.values()];
}
