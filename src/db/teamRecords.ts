import type { ChecklistItem, Hire, Talk, Team, WorksheetAnswer } from '../domain/types';
import type { GodtBegyndtDb } from './db';

export interface TeamRecords {
  teams: Team[];
  hires: Hire[];
  items: ChecklistItem[];
  talks: Talk[];
  answers: WorksheetAnswer[];
}

/**
 * One team with its hires and everything they own: the items of the team and its hires, the
 * hires' talks, the team's worksheet answers. Empty lists when there is no such team.
 */
export async function readTeamRecords(
  database: GodtBegyndtDb,
  teamId: string,
): Promise<TeamRecords> {
  const team = await database.teams.get(teamId);
  const hires = await database.hires.where('teamId').equals(teamId).toArray();
  const hireIds = hires.map((hire) => hire.id);
  const [items, talks, answers] = await Promise.all([
    database.items
      .where('ownerId')
      .anyOf([teamId, ...hireIds])
      .toArray(),
    database.talks.where('hireId').anyOf(hireIds).toArray(),
    database.answers.where('teamId').equals(teamId).toArray(),
  ]);
  return { teams: team ? [team] : [], hires, items, talks, answers };
}
