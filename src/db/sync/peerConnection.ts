import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { statusDocument } from './schema';
import { readPublishedStatus, type PublishedStatus } from './statusDoc';

/** The close code the server sends a revoked device's open connections. */
const TOKEN_REVOKED = 4401;

export type PeerEvent =
  | { kind: 'status'; status: PublishedStatus }
  | { kind: 'connected'; connected: boolean }
  | { kind: 'refused' };

export interface PeerConnectionOptions {
  /** The server's WebSocket address. */
  url: string;
  teamId: string;
  hireId: string;
  token: string;
}

/**
 * The peer's read-only view of a hire's status document: reports the status once the server
 * has sent it and on every change after, whether the connection is up, and a refusal (a
 * revoked or unknown link), after which it stops trying. Nothing is stored here: the caller
 * keeps its own copy. Returns a function that stops it.
 */
export function watchPeerStatus(
  { url, teamId, hireId, token }: PeerConnectionOptions,
  listener: (event: PeerEvent) => void,
): () => void {
  const document = new Y.Doc();
  let stopped = false;
  const report = () => listener({ kind: 'status', status: readPublishedStatus(document) });
  const refuse = () => {
    if (stopped) return;
    stop();
    listener({ kind: 'refused' });
  };
  const provider = new HocuspocusProvider({
    url,
    name: statusDocument(teamId, hireId),
    document,
    token,
    onStatus: ({ status }) =>
      listener({ kind: 'connected', connected: status === WebSocketStatus.Connected }),
    onSynced: ({ state }) => {
      if (state) report();
    },
    onAuthenticationFailed: refuse,
    onClose: ({ event }) => {
      if (event.code === TOKEN_REVOKED) refuse();
    },
  });
  document.on('update', () => {
    if (provider.isSynced) report();
  });
  function stop() {
    stopped = true;
    provider.destroy();
    document.destroy();
  }
  return () => {
    if (!stopped) stop();
  };
}
