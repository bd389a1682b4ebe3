import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type { SyncStatus } from '../db/sync';
import {
  getTeamSyncLink,
  subscribeSyncStatus,
  syncStatusOfTeam,
  type TeamSyncLink,
} from '../db/teamSync';

/**
 * How this device shares the team: its link (null when not shared, undefined while read)
 * and the connection's latest status (null before it is connected).
 */
export function useTeamSync(teamId: string): {
  link: TeamSyncLink | null | undefined;
  status: SyncStatus | null;
} {
  const link = useLiveQuery(() => getTeamSyncLink(teamId), [teamId]);
  const status = useSyncExternalStore(subscribeSyncStatus, () => syncStatusOfTeam(teamId));
  return { link, status };
}
