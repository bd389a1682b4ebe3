import { db } from '../../src/db/db';
import type { TeamSyncLink } from '../../src/db/teamSync';

export const TEST_SERVER = 'https://sync.example';

/**
 * Makes this device the team's manager device on a sync server, stored as shareTeam leaves it
 * (src/db/teamSync.ts), without a server: requests go to a stubbed fetch.
 */
export async function shareAsManager(teamId: string, role: TeamSyncLink['role'] = 'manager') {
  const link: TeamSyncLink = {
    teamId,
    deviceId: 'device-1',
    token: 'secret',
    role,
    server: TEST_SERVER,
  };
  await db.device.put({ key: `syncLink:${teamId}`, value: link });
}
