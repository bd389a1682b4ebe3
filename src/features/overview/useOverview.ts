import { useLiveQuery } from 'dexie-react-hooks';
import { listHires } from '../../db/hireReads';
import { listTeams } from '../../db/teams';
import type { Hire, Team } from '../../domain/types';

export interface TeamSummary {
  team: Team;
  hires: Hire[];
}

/**
 * Two reads however many teams and hires (the cards read their details: useCardDetails).
 * `onTeams` runs once teams are found, while the (larger) read of the hires goes on.
 */
async function loadOverview(onTeams: () => void): Promise<TeamSummary[]> {
  const teamsRead = listTeams().then((teams) => {
    // In a task of its own: outside the live query, whose reads are tracked.
    if (teams.length > 0) setTimeout(onTeams);
    return teams;
  });
  const [teams, hires] = await Promise.all([teamsRead, listHires()]);
  const hiresByTeam = new Map<string, Hire[]>();
  for (const hire of hires) {
    const list = hiresByTeam.get(hire.teamId);
    if (list) list.push(hire);
    else hiresByTeam.set(hire.teamId, [hire]);
  }
  return teams.map((team) => ({ team, hires: hiresByTeam.get(team.id) ?? [] }));
}

/**
 * Teams (newest first) with their hires (newest first); undefined while loading.
 * `onTeams`: called as soon as there are teams to show, e.g. to fetch the cards' code.
 */
export function useOverview(onTeams: () => void): TeamSummary[] | undefined {
  return useLiveQuery(() => loadOverview(onTeams), []);
}
