import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type onAuthenticatePayload } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { createApi } from './api.js';
import { accessTo, parseDocumentName } from './documents.js';
import type { Logger } from './log.js';
import { messageProblem } from './messageGuard.js';
import { hashSecret } from './secrets.js';
import type { Device, Store } from './store/store.js';

export interface SyncServerOptions {
  port: number;
  host: string;
  maxMessageBytes: number;
  allowedOrigins: readonly string[];
  store: Store;
  log: Logger;
  now?: () => Date;
  /** How long after a change the document is written to the store (Hocuspocus's debounce). */
  storeDebounceMs?: number;
}

export interface SyncServer {
  readonly port: number;
  /** Closes every connection, stores every open document, then stops listening. */
  close(): Promise<void>;
}

/** What `onAuthenticate` hands the other hooks about the connection. */
interface ConnectionContext {
  deviceId: string;
  teamId: string;
}

type Refusal = 'unauthorized' | 'token-revoked' | 'unknown-document' | 'forbidden';

type Admission = { ok: true; device: Device; readOnly: boolean } | { ok: false; reason: Refusal };

function admission(device: Device | undefined, documentName: string): Admission {
  if (!device) return { ok: false, reason: 'unauthorized' };
  if (device.revokedAt) return { ok: false, reason: 'token-revoked' };
  const document = parseDocumentName(documentName);
  if (!document) return { ok: false, reason: 'unknown-document' };
  const access = accessTo(device, document);
  if (access === 'none') return { ok: false, reason: 'forbidden' };
  return { ok: true, device, readOnly: access === 'read-only' };
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const { store, log } = options;
  const now = options.now ?? (() => new Date());
  /** Open sockets per authenticated device, so a revocation can close them. */
  const socketsOfDevice = new Map<string, Set<WebSocket>>();
  const socketOfRequest = new WeakMap<IncomingMessage, WebSocket>();

  const remember = (device: Device, socket: WebSocket) => {
    const sockets = socketsOfDevice.get(device.id) ?? new Set();
    sockets.add(socket);
    socketsOfDevice.set(device.id, sockets);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) socketsOfDevice.delete(device.id);
    });
  };

  const authenticate = async ({
    token,
    documentName,
    request,
    connectionConfig,
  }: onAuthenticatePayload): Promise<ConnectionContext> => {
    const device = token ? await store.deviceByTokenHash(hashSecret(token)) : undefined;
    const admitted = admission(device, documentName);
    if (!admitted.ok) {
      const { reason } = admitted;
      log.warn('connection-refused', {
        reason,
        document: documentName.slice(0, 120),
        deviceId: device?.id,
      });
      // Hocuspocus refuses quietly on a rejection without `message`; `reason` reaches the
      // client as the provider's `authenticationFailed` event.
      throw { reason };
    }
    connectionConfig.readOnly = admitted.readOnly;
    const socket = socketOfRequest.get(request);
    if (socket) remember(admitted.device, socket);
    await store.markSeen(admitted.device.id, now().toISOString());
    const { id, role, teamId } = admitted.device;
    log.debug('connected', { document: documentName, deviceId: id, role });
    return { deviceId: id, teamId };
  };

  let closing: (() => void) | undefined;
  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: options.storeDebounceMs ?? 2000,
    maxDebounce: 5 * (options.storeDebounceMs ?? 2000),
    onAuthenticate: authenticate,
    async onLoadDocument({ documentName, document }) {
      const state = await store.loadDocument(documentName);
      if (state) Y.applyUpdate(document, state);
    },
    async onStoreDocument({ documentName, document }) {
      const state = Y.encodeStateAsUpdate(document);
      try {
        await store.saveDocument(documentName, state, now().toISOString());
      } catch (error) {
        // Hocuspocus keeps the document in memory and stores it again on the next change.
        log.error('store-failed', {
          document: documentName,
          message: error instanceof Error ? error.message : 'unknown',
        });
        throw error;
      }
    },
    async onDisconnect({ documentName, context }) {
      const { deviceId } = context as ConnectionContext;
      await store.markSeen(deviceId, now().toISOString());
      log.debug('disconnected', { document: documentName, deviceId });
    },
    async afterUnloadDocument({ instance }) {
      if (instance.getDocumentsCount() === 0) closing?.();
    },
  });

  const webSockets = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  webSockets.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        log.warn('message-refused', { reason: 'too-large', limit: options.maxMessageBytes });
      } else {
        log.warn('socket-error', { code: error.code ?? 'unknown' });
      }
    });
    refuseBadMessages(socket, (reason) => {
      log.warn('message-refused', { reason });
      socket.close(1007, reason);
    });
    socketOfRequest.set(request, socket);
    hocuspocus.handleConnection(socket, request);
  });

  const api = createApi({
    store,
    log,
    now,
    allowedOrigins: options.allowedOrigins,
    disconnectDevice(deviceId) {
      for (const socket of socketsOfDevice.get(deviceId) ?? []) socket.close(4401, 'token-revoked');
    },
  });
  const http = createServer((request, response) => void api(request, response));
  http.on('upgrade', (request, socket, head) => {
    webSockets.handleUpgrade(request, socket, head, (webSocket) =>
      webSockets.emit('connection', webSocket, request),
    );
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;

  return {
    port,
    async close() {
      const unloaded = new Promise<void>((resolve) => {
        closing = resolve;
        if (hocuspocus.getDocumentsCount() === 0) resolve();
      });
      // Closing the last connection of a document stores it and then unloads it.
      for (const socket of webSockets.clients) socket.close(1001, 'server-stopping');
      await unloaded;
      webSockets.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/**
 * Drops a message whose Yjs update is malformed before Hocuspocus sees it. Hocuspocus reads
 * the socket's `message` events, so the check sits in front of their delivery.
 */
function refuseBadMessages(socket: WebSocket, refused: (reason: string) => void): void {
  const deliver = socket.emit.bind(socket);
  socket.emit = (event: string | symbol, ...args: unknown[]): boolean => {
    if (event === 'message') {
      const problem = messageProblem(args[0] as Uint8Array);
      if (problem) {
        refused(problem);
        return false;
      }
    }
    return deliver(event, ...args);
  };
}
