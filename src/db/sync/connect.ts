import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import type { SyncBridge } from './bridge';
import type * as Y from 'yjs';
import { privateDocument, teamDocument } from './schema';
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
 * Wires a team's documents to the sync server: `team:`, and `private:` on a device that holds
 * it (a manager's). Updates the providers apply have the provider as their origin, so the
 * bridge writes them to Dexie; this device's replays reach the server the same way as any
 * other update. The team's status is both documents' together.
 */
export async function connectTeam({
  url,
  teamId,
  token,
  bridge,
  WebSocketPolyfill,
}: ConnectOptions): Promise<TeamConnection> {
  const documents: [string, Y.Doc | null][] = [
    [teamDocument(teamId), await bridge.doc(teamId)],
    [privateDocument(teamId), await bridge.privateDoc(teamId)],
  ];
  const facts: ConnectionFacts[] = [];
  const listeners = new Set<(status: SyncStatus) => void>();
  const status = () => syncStatusOf(combined(facts));
  const providers = documents.flatMap(([name, document]) => {
    if (!document) return [];
    const own: ConnectionFacts = {
      connected: false,
      attempted: false,
      synced: false,
      unsyncedChanges: 0,
      refusedBecause: null,
    };
    facts.push(own);
    const update = (changes: Partial<ConnectionFacts>) => {
      Object.assign(own, changes);
      const now = status();
      listeners.forEach((listener) => listener(now));
    };
    return [
      new HocuspocusProvider({
        url,
        name,
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
      }),
    ];
  });
  return {
    status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => providers.forEach((provider) => provider.destroy()),
  };
}

/** Several documents' facts as one: refused if one is, synced only when all are. */
function combined(facts: readonly ConnectionFacts[]): ConnectionFacts {
  return {
    connected: facts.every((fact) => fact.connected),
    attempted: facts.some((fact) => fact.attempted),
    synced: facts.every((fact) => fact.synced),
    unsyncedChanges: facts.reduce((sum, fact) => sum + fact.unsyncedChanges, 0),
    refusedBecause: facts.find((fact) => fact.refusedBecause !== null)?.refusedBecause ?? null,
  };
}
