import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import { rememberDeviceSyncs } from '../../src/db/sync/deviceFlag';
import { startSyncIfShared } from '../../src/db/sync/index';

const bridgeModule = vi.hoisted(() => ({ loads: 0, bridge: { stop: async () => {} } }));

// Stands in for the bridge chunk (and yjs with it) and counts how often it is loaded.
vi.mock('../../src/db/sync/bridge', () => {
  bridgeModule.loads += 1;
  return { startBridge: vi.fn(async () => bridgeModule.bridge) };
});

describe('starting sync at start-up', () => {
  it('loads no sync code on a device that shares no team', async () => {
    expect(await startSyncIfShared(db)).toBeNull();
    expect(bridgeModule.loads).toBe(0);
  });

  it('loads the bridge and starts it on a device that shares a team', async () => {
    rememberDeviceSyncs(true);
    expect(await startSyncIfShared(db)).toBe(bridgeModule.bridge);
    expect(bridgeModule.loads).toBe(1);
    const { startBridge } = await import('../../src/db/sync/bridge');
    expect(startBridge).toHaveBeenCalledWith(db);
  });
});
