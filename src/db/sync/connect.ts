import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import type { SyncBridge } from './bridge';
import { teamDocument } from './schema';
import { syncStatusOf, type ConnectionFacts, type SyncStatus } from './syncStatus';

export interface TeamConnection {
  status(): SyncStatus;
  /** Calls the listener on every change of status; returns a function that stops it. */
  subscribe(listener: (status: SyncStatus) => void): () => void;
  close(): void;
}

export interface ConnectOptions {
  /** The sync server's WebSocket address, e.g. `wss://sync.kommune.dk`. */
  url: string;
  teamId: string;
  /** This device's token for the team, as the server issued it. */
  token: string;
  bridge: SyncBridge;
  /** Node has no global WebSocket: Node clients (tests) pass `ws`. */
  WebSocketPolyfill?: unknown;
}

/**
 * Wires a team's Y.Doc to the sync server. Updates the provider applies have the provider as
 * their origin, so the bridge writes them to Dexie; this device's replays reach the server
 * the same way as any other update of the document.
 */
export async function connectTeam({
  url,
  teamId,
  token,
  bridge,
  WebSocketPolyfill,
}: ConnectOptions): Promise<TeamConnection> {
  const document = await bridge.doc(teamId);
  const facts: ConnectionFacts = {
    connected: false,
    attempted: false,
    synced: false,
    unsyncedChanges: 0,
    refusedBecause: null,
  };
  const listeners = new Set<(status: SyncStatus) => void>();
  const update = (changes: Partial<ConnectionFacts>) => {
    Object.assign(facts, changes);
    const status = syncStatusOf(facts);
    listeners.forEach((listener) => listener(status));
  };
  const provider = new HocuspocusProvider({
    url,
    name: teamDocument(teamId),
    document,
    token,
    ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
    onStatus: ({ status }) => {
      const connected = status === WebSocketStatus.Connected;
      update(connected ? { connected, attempted: true } : { connected });
    },
    // A server that cannot be reached closes the socket before it ever connects.
    onClose: () => update({ connected: false, attempted: true }),
    onDisconnect: () => update({ connected: false, attempted: true }),
    onSynced: ({ state }) => update({ synced: state }),
    onUnsyncedChanges: ({ number }) => update({ unsyncedChanges: number }),
    onAuthenticated: () => update({ refusedBecause: null }),
    onAuthenticationFailed: ({ reason }) => update({ refusedBecause: reason }),
  });
  return {
    status: () => syncStatusOf(facts),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => provider.destroy(),
  };
}
