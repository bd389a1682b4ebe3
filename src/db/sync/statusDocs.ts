import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { statusDocument } from './schema';
import type { OpenStatusDoc } from './statusPublisher';

export interface StatusDocsOptions {
  /** The sync server's WebSocket address. */
  url: string;
  teamId: string;
  token: string;
  /** Node has no global WebSocket: Node clients (tests) pass `ws`. */
  WebSocketPolyfill?: unknown;
}

export interface StatusDocs {
  open: OpenStatusDoc;
  close(): void;
}

/**
 * A team's status documents on the server, each opened on first use and kept open: one
 * provider per hire, all over one WebSocket. They hold nothing worth keeping on the device
 * (Dexie is the source), so they are not stored here.
 */
export function openStatusDocs({
  url,
  teamId,
  token,
  WebSocketPolyfill,
}: StatusDocsOptions): StatusDocs {
  const socket = new HocuspocusProviderWebsocket({
    url,
    ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
  });
  const docs = new Map<string, Promise<Y.Doc | null>>();
  const providers: HocuspocusProvider[] = [];

  function connect(hireId: string): Promise<Y.Doc | null> {
    return new Promise((resolve) => {
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: statusDocument(teamId, hireId),
        token,
        onSynced: ({ state }) => {
          if (state) resolve(provider.document);
        },
        // A server without status documents, or a revoked token: this device stops publishing.
        onAuthenticationFailed: () => resolve(null),
      });
      provider.attach();
      providers.push(provider);
    });
  }

  return {
    open(hireId) {
      let doc = docs.get(hireId);
      if (!doc) docs.set(hireId, (doc = connect(hireId)));
      return doc;
    },
    close() {
      providers.forEach((provider) => provider.destroy());
      socket.destroy();
    },
  };
}
