import { useLiveQuery } from 'dexie-react-hooks';
import { itemsByOwner } from '../../db/checklist';
import { listHires } from '../../db/hires';
import { listTeams } from '../../db/teams';
import { checklistProgress, type Progress } from '../../domain/progress';
import type { Hire, Team } from '../../domain/types';

export interface HireSummary {
  hire: Hire;
  progress: Progress;
}

export interface TeamSummary {
  team: Team;
  progress: Progress;
  hires: HireSummary[];
}

async function loadOverview(): Promise<TeamSummary[]> {
  const [teams, hires, items] = await Promise.all([listTeams(), listHires(), itemsByOwner()]);
  const progressOf = (ownerId: string) => checklistProgress(items.get(ownerId) ?? []);
  return teams.map((team) => ({
    team,
    progress: progressOf(team.id),
    hires: hires
      .filter((hire) => hire.teamId === team.id)
      .map((hire) => ({ hire, progress: progressOf(hire.id) })),
  }));
}

/** Teams (newest first) with their hires and progress; undefined while loading. */
export function useOverview(): TeamSummary[] | undefined {
  return useLiveQuery(loadOverview, []);
}
