import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { db } from '../../src/db/db';
import { startBridge, type SyncBridge } from '../../src/db/sync/bridge';
import { connectTeam, type TeamConnection } from '../../src/db/sync/connect';
import type { SyncStatus } from '../../src/db/sync/syncStatus';

/**
 * A browser's WebSocket closed while it connects just closes; `ws` emits an error then, which
 * would be uncaught when the test closes the connection between two retries.
 */
class BrowserLikeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

let bridge: SyncBridge | null = null;
let connection: TeamConnection | null = null;

afterEach(async () => {
  connection?.close();
  await bridge?.stop();
});

describe('a team connection to a server that cannot be reached', () => {
  it('says offline once the first attempt fails, not "connecting" for ever', async () => {
    bridge = await startBridge(db);
    // Port 9 (discard) on this machine: nothing listens, the socket closes at once.
    connection = await connectTeam({
      url: 'ws://127.0.0.1:9',
      teamId: 'team-1',
      token: 'token',
      bridge,
      WebSocketPolyfill: BrowserLikeWebSocket,
    });
    expect(connection.status()).toEqual({ state: 'connecting' });
    const open = connection;
    const status = await new Promise<SyncStatus>((resolve) => {
      const stop = open.subscribe((next) => {
        if (next.state === 'connecting') return;
        stop();
        resolve(next);
      });
    });
    expect(status).toEqual({ state: 'offline', changes: 0 });
  });
});
