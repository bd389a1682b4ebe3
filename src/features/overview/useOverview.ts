import { useLiveQuery } from 'dexie-react-hooks';
import { progressOf } from '../../db/checklist';
import { listHires } from '../../db/hireQueries';
import { listTeams } from '../../db/teams';
import type { Progress } from '../../domain/progress';
import type { Hire, Team } from '../../domain/types';

export interface TeamSummary {
  team: Team;
  hires: Hire[];
}

/** Two reads however many teams and hires; checklist items are read per card (useProgress). */
async function loadOverview(): Promise<TeamSummary[]> {
  const [teams, hires] = await Promise.all([listTeams(), listHires()]);
  const hiresByTeam = new Map<string, Hire[]>();
  for (const hire of hires) {
    const list = hiresByTeam.get(hire.teamId);
    if (list) list.push(hire);
    else hiresByTeam.set(hire.teamId, [hire]);
  }
  return teams.map((team) => ({ team, hires: hiresByTeam.get(team.id) ?? [] }));
}

/** Teams (newest first) with their hires (newest first); undefined while loading. */
export function useOverview(): TeamSummary[] | undefined {
  return useLiveQuery(loadOverview, []);
}

/** Progress of the teams and hires on screen, kept live; undefined while loading. */
export function useProgress(ownerIds: readonly string[]): Map<string, Progress> | undefined {
  return useLiveQuery(() => progressOf(ownerIds), [ownerIds.join()]);
}
