import { probationLastDay } from '../domain/followUps';
import { referralOfTeam } from '../domain/referral';
import type { StatusSnapshotInput } from '../domain/statusSnapshot';
import type { ChecklistItem, Hire, Team } from '../domain/types';
import { listItems } from './checklist';
import { getHire, listHiresOfTeam } from './hireReads';
import { listTalks } from './talkReads';
import { getTeam } from './teams';

export type StatusSources = Omit<StatusSnapshotInput, 'createdAt'>;

/** What every hire of a team shares: the team and its own checklist. */
interface TeamParts {
  team: Team | undefined;
  teamItems: ChecklistItem[];
}

async function teamPartsOf(teamId: string): Promise<TeamParts> {
  const [team, teamItems] = await Promise.all([getTeam(teamId), listItems(teamId)]);
  return { team, teamItems };
}

async function sourcesOf(hire: Hire, { team, teamItems }: TeamParts): Promise<StatusSources> {
  const [items, talks] = await Promise.all([listItems(hire.id), listTalks(hire.id)]);
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
  return hire ? sourcesOf(hire, await teamPartsOf(hire.teamId)) : null;
}

/** The status sources of every hire of a team, by hire id. */
export async function readTeamStatusSources(teamId: string): Promise<Map<string, StatusSources>> {
  const [hires, parts] = await Promise.all([listHiresOfTeam(teamId), teamPartsOf(teamId)]);
  const sources = await Promise.all(hires.map((hire) => sourcesOf(hire, parts)));
  return new Map(sources.map((source) => [source.hire.id, source]));
}
