import type { BackupData } from './backupSchema';
import { withStableItemIds, withStableTalkIds } from './stableIds';

/** Old id → new id; validation guarantees every reference in a file has an entry. */
function renewer(newId: () => string) {
  const fresh = new Map<string, string>();
  return {
    renew(oldId: string) {
      const id = newId();
      fresh.set(oldId, id);
      return id;
    },
    mapped: (oldId: string) => fresh.get(oldId) as string,
  };
}

/**
 * Gives every team, hire, item, talk and answer of a backup a new id and points every
 * reference at the new ids, so the records can be added beside existing ones.
 * Settings are left out: the data joins this device's settings.
 */
export function withNewIds(data: BackupData, newId: () => string): BackupData {
  const teamIds = renewer(newId);
  const hireIds = renewer(newId);
  const teams = data.teams.map((team) => ({ ...team, id: teamIds.renew(team.id) }));
  const hires = data.hires.map((hire) => ({
    ...hire,
    id: hireIds.renew(hire.id),
    teamId: teamIds.mapped(hire.teamId),
  }));
  return {
    teams,
    hires,
    items: data.items.map((item) => ({
      ...item,
      id: newId(),
      ownerId: (item.kind === 'team' ? teamIds : hireIds).mapped(item.ownerId),
    })),
    talks: data.talks.map((talk) => ({
      ...talk,
      id: newId(),
      hireId: hireIds.mapped(talk.hireId),
    })),
    answers: data.answers.map((answer) => ({
      ...answer,
      id: newId(),
      teamId: teamIds.mapped(answer.teamId),
    })),
    settings: [],
  };
}

/**
 * A backup's talks and guide items under their stable ids (src/domain/stableIds.ts): files
 * written before ids were stable restore as the app stores them now, and duplicates in them
 * (a talk or guide item made twice) become one, the one with the most hand-made work.
 */
export function withStableIds(data: BackupData): BackupData {
  return { ...data, items: withStableItemIds(data.items), talks: withStableTalkIds(data.talks) };
}
