import { calendarEntries, type CalendarEntry } from '../domain/teamCalendar';
import type { Hire, Talk, Team } from '../domain/types';
import { db } from './db';
import { getHire, listHires, listHiresOfTeam } from './hireReads';
import { listAllTalks, listTalks } from './talkReads';
import { getCustomaryDaysOff } from './talkWrites';
import { getTeam, listTeams } from './teams';

/** Every talk of one team's hires (teamId), or of all teams (null), with hire and team. */
export async function listCalendarEntries(teamId: string | null): Promise<CalendarEntry[]> {
  if (teamId === null) {
    const [teams, hires, talks] = await Promise.all([listTeams(), listHires(), listAllTalks()]);
    return calendarEntries(teams, hires, talks);
  }
  const [team, hires] = await Promise.all([getTeam(teamId), listHiresOfTeam(teamId)]);
  if (!team) return [];
  const talks = await db.talks
    .where('hireId')
    .anyOf(hires.map((hire) => hire.id))
    .toArray();
  return calendarEntries([team], hires, talks);
}

export interface HirePlan {
  hire: Hire;
  team: Team | null;
  talks: Talk[];
  /** Whether the customary days off count as days off (the setting), for the notice day. */
  customaryDaysOff: boolean;
}

/** One hire with its team and talks (by date), or null when the hire does not exist. */
export async function getHirePlan(hireId: string): Promise<HirePlan | null> {
  const [hire, talks, customaryDaysOff] = await Promise.all([
    getHire(hireId),
    listTalks(hireId),
    getCustomaryDaysOff(),
  ]);
  if (!hire) return null;
  return { hire, team: (await getTeam(hire.teamId)) ?? null, talks, customaryDaysOff };
}
