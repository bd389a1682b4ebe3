import { describe, expect, it } from 'vitest';
import { syncStatusOf } from '../../src/db/sync/syncStatus';

const online = {
  connected: true,
  attempted: true,
  synced: true,
  unsyncedChanges: 0,
  refusedBecause: null,
};

describe('the sync status', () => {
  it('is synced once connected, after the first exchange, with nothing unconfirmed', () => {
    expect(syncStatusOf(online)).toEqual({ state: 'synced' });
  });

  it('counts the changes waiting while connected but not yet confirmed', () => {
    expect(syncStatusOf({ ...online, unsyncedChanges: 3 })).toEqual({
      state: 'waiting',
      changes: 3,
    });
    expect(syncStatusOf({ ...online, synced: false })).toEqual({ state: 'waiting', changes: 0 });
  });

  it('is connecting until the first attempt to reach the server has ended', () => {
    expect(syncStatusOf({ ...online, connected: false, attempted: false })).toEqual({
      state: 'connecting',
    });
  });

  it('is offline once the first attempt failed (server unreachable at start)', () => {
    expect(syncStatusOf({ ...online, connected: false, synced: false })).toEqual({
      state: 'offline',
      changes: 0,
    });
  });

  it('is offline without a connection, with the changes kept here', () => {
    expect(syncStatusOf({ ...online, connected: false, unsyncedChanges: 2 })).toEqual({
      state: 'offline',
      changes: 2,
    });
  });

  it('says the server refused access above everything else', () => {
    expect(
      syncStatusOf({ ...online, connected: false, refusedBecause: 'permission-denied' }),
    ).toEqual({ state: 'refused', reason: 'permission-denied' });
  });
});
