import { probationLastDay } from '../domain/followUps';
import { referralOfTeam } from '../domain/referral';
import type { StatusSnapshotInput } from '../domain/statusSnapshot';
import type { Hire } from '../domain/types';
import { listItems } from './checklist';
import { getHire, listHiresOfTeam } from './hireReads';
import { listTalks } from './talkReads';
import { getTeam } from './teams';

export type StatusSources = Omit<StatusSnapshotInput, 'createdAt'>;

async function sourcesOf(hire: Hire): Promise<StatusSources> {
  const [team, items, teamItems, talks] = await Promise.all([
    getTeam(hire.teamId),
    listItems(hire.id),
    listItems(hire.teamId),
    listTalks(hire.id),
  ]);
  return {
    hire,
    teamName: team?.name ?? '',
    referral: (team && referralOfTeam(team)) ?? undefined,
    items,
    teamItems,
    talks,
    lastDay: probationLastDay(hire.startDate, hire.probationMonths),
  };
}

/** Everything a hire's status is built from; null when the hire does not exist. */
export async function readStatusSources(hireId: string): Promise<StatusSources | null> {
  const hire = await getHire(hireId);
  return hire ? sourcesOf(hire) : null;
}

/** The status sources of every hire of a team, by hire id. */
export async function readTeamStatusSources(teamId: string): Promise<Map<string, StatusSources>> {
  const hires = await listHiresOfTeam(teamId);
  const sources = await Promise.all(hires.map(sourcesOf));
  return new Map(sources.map((source) => [source.hire.id, source]));
}
