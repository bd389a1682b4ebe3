import type { ChecklistItem, Hire, Talk, Team, WorksheetAnswer } from '../domain/types';
import type { GodtBegyndtDb } from './db';
import type { SyncedRecord, SyncedTable } from './sync/types';

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

/**
 * The team a record belongs to: the team, its hires (teamId), the items of the team or its
 * hires (ownerId), its hires' talks (hireId), its worksheet answers (teamId). The same rule as
 * readTeamRecords above, record by record, for the sync outbox and the stable-id upgrade;
 * `teamOfHire` finds a hire's team (undefined when there is no such hire).
 */
export async function teamOfRecord(
  table: SyncedTable,
  record: SyncedRecord,
  teamOfHire: (hireId: string) => Promise<string | undefined> | string | undefined,
): Promise<string | undefined> {
  switch (table) {
    case 'teams':
      return record.id;
    case 'hires':
    case 'answers':
      return String(record.teamId);
    case 'items': {
      const owner = String(record.ownerId);
      return (await teamOfHire(owner)) ?? owner;
    }
    case 'talks':
      return teamOfHire(String(record.hireId));
  }
}
