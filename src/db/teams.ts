import type { Team } from '../domain/types';
import { db } from './db';
import { newId, nowStamp } from './ids';
import { newChecklistItems } from './checklistItems';

export function listTeams(): Promise<Team[]> {
  return db.teams.orderBy('createdAt').reverse().toArray();
}

export function getTeam(id: string): Promise<Team | undefined> {
  return db.teams.get(id);
}

/** Creates a team with the guide's team-preparation checklist. */
export async function createTeam(name: string): Promise<Team> {
  const team: Team = { id: newId(), name: name.trim(), createdAt: nowStamp(), archivedAt: null };
  await db.transaction('rw', db.teams, db.items, async () => {
    await db.teams.add(team);
    await db.items.bulkAdd(newChecklistItems(team.id, 'team'));
  });
  return team;
}

export async function renameTeam(id: string, name: string): Promise<void> {
  await db.teams.update(id, { name: name.trim() });
}

export async function setTeamArchived(id: string, archived: boolean): Promise<void> {
  await db.teams.update(id, { archivedAt: archived ? nowStamp() : null });
}

/** Deletes a team with its hires and everything they own, in one transaction. */
export async function deleteTeam(id: string): Promise<void> {
  await db.transaction('rw', [db.teams, db.hires, db.items, db.talks, db.answers], async () => {
    const hireIds = await db.hires.where('teamId').equals(id).primaryKeys();
    await db.items
      .where('ownerId')
      .anyOf([id, ...hireIds])
      .delete();
    await db.talks.where('hireId').anyOf(hireIds).delete();
    await db.answers.where('teamId').equals(id).delete();
    await db.hires.bulkDelete(hireIds);
    await db.teams.delete(id);
  });
}
