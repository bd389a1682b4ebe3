import { useLiveQuery } from 'dexie-react-hooks';
import { listItems } from '../../db/checklist';
import { getHire } from '../../db/hireReads';
import { listTalks } from '../../db/talkReads';
import { getTeam } from '../../db/teams';
import { probationLastDay } from '../../domain/followUps';
import { referralOfTeam } from '../../domain/referral';
import type { StatusSnapshotInput } from '../../domain/statusSnapshot';

export type StatusSources = Omit<StatusSnapshotInput, 'createdAt'>;

/** Everything a hire's status is built from, live; null when the hire does not exist. */
export function useStatusSources(hireId: string): StatusSources | null | undefined {
  return useLiveQuery(async () => {
    const hire = await getHire(hireId);
    if (!hire) return null;
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
  }, [hireId]);
}
