import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { bridgeIfRunning, runningBridge } from '../../src/db/runningBridge';
import { deviceSyncs } from '../../src/db/sync/deviceFlag';
import { deleteAllDataAndStopSync } from '../../src/db/teamSync';
import { createTeam } from '../../src/db/teams';

describe('deleting all data on a device that shares a team', () => {
  it('stops sync first, so nothing is recorded to send and the next launch starts none', async () => {
    const team = await createTeam('Delt team');
    const bridge = await runningBridge(db);
    await bridge.shareTeam(team.id);
    expect(deviceSyncs()).toBe(true);

    await deleteAllDataAndStopSync();

    expect(await bridgeIfRunning()).toBeNull();
    expect(deviceSyncs()).toBe(false);
    for (const table of db.tables) expect(await table.count()).toBe(0);
    // A new team after the delete is this device's alone: the outbox records nothing.
    await createTeam('Nyt team');
    expect(await db.outbox.count()).toBe(0);
  });
});
