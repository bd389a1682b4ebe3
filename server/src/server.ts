import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type onAuthenticatePayload } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { createAccessLog } from './accessLog.js';
import { createApi } from './api.js';
import { joinCluster } from './cluster.js';
import { accessTo, parseDocumentName, type DocumentRef } from './documents.js';
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
  /** Redis shared by several instances (a redis:// URL or a Unix socket path); none alone. */
  redisUrl?: string;
  /** Access log entries older than this are deleted (at start and every six hours). */
  accessLogRetentionDays?: number;
}

export interface SyncServer {
  readonly port: number;
  /** Closes every connection, stores every open document, then stops listening. */
  close(): Promise<void>;
}

/** What `onAuthenticate` hands the other hooks about the connection. */
interface ConnectionContext {
  device: Device;
  document: DocumentRef;
}

type Refusal = 'unauthorized' | 'token-revoked' | 'unknown-document' | 'forbidden';

type Admission =
  | { ok: true; device: Device; document: DocumentRef; readOnly: boolean }
  | { ok: false; reason: Refusal };

function admission(device: Device | undefined, documentName: string): Admission {
  if (!device) return { ok: false, reason: 'unauthorized' };
  if (device.revokedAt) return { ok: false, reason: 'token-revoked' };
  const document = parseDocumentName(documentName);
  if (!document) return { ok: false, reason: 'unknown-document' };
  const access = accessTo(device, document);
  if (access === 'none') return { ok: false, reason: 'forbidden' };
  return { ok: true, device, document, readOnly: access === 'read-only' };
}

/** How long a store is tried again before it is given up until the document's next change. */
const storeRetryMs = 30_000;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown';
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const { store, log } = options;
  const now = options.now ?? (() => new Date());
  /** Open sockets per authenticated device, so a revocation can close them. */
  const socketsOfDevice = new Map<string, Set<WebSocket>>();
  const socketOfRequest = new WeakMap<IncomingMessage, WebSocket>();
  const accessLog = createAccessLog({
    store,
    log,
    now,
    retentionDays: options.accessLogRetentionDays,
  });
  await accessLog.start();

  const remember = (device: Device, socket: WebSocket) => {
    const sockets = socketsOfDevice.get(device.id) ?? new Set();
    sockets.add(socket);
    socketsOfDevice.set(device.id, sockets);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) socketsOfDevice.delete(device.id);
    });
  };

  /** When a device was last seen is worth no refused connection: a failure is only logged. */
  const markSeen = (deviceId: string) =>
    store.markSeen(deviceId, now().toISOString()).catch((error: unknown) => {
      log.warn('mark-seen-failed', { deviceId, message: errorMessage(error) });
    });

  const disconnectHere = (deviceId: string) => {
    for (const socket of socketsOfDevice.get(deviceId) ?? []) socket.close(4401, 'token-revoked');
  };
  const cluster = options.redisUrl ? joinCluster(options.redisUrl, log, disconnectHere) : undefined;

  const authenticate = async ({
    token,
    documentName,
    request,
    connectionConfig,
  }: onAuthenticatePayload): Promise<ConnectionContext> => {
    let found: Device | undefined;
    try {
      found = token ? await store.deviceByTokenHash(hashSecret(token)) : undefined;
    } catch (error) {
      // The database is unreachable (restarting): the client is not refused but asked to come
      // back, so its provider reconnects by itself.
      log.warn('connection-deferred', { message: errorMessage(error) });
      socketOfRequest.get(request)?.close(1013, 'try-again-later');
      throw error;
    }
    const admitted = admission(found, documentName);
    if (!admitted.ok) {
      const { reason } = admitted;
      log.warn('connection-refused', {
        reason,
        document: documentName.slice(0, 120),
        deviceId: found?.id,
      });
      // Hocuspocus refuses quietly on a rejection without `message`; `reason` reaches the
      // client as the provider's `authenticationFailed` event.
      throw { reason };
    }
    connectionConfig.readOnly = admitted.readOnly;
    const socket = socketOfRequest.get(request);
    if (socket) remember(admitted.device, socket);
    const { device, document } = admitted;
    await Promise.all([markSeen(device.id), accessLog.opened(device, document)]);
    log.debug('connected', { document: documentName, deviceId: device.id, role: device.role });
    return { device, document };
  };

  /**
   * Writes the document's current state, trying again while the database is unreachable
   * (a PostgreSQL restart takes seconds): each attempt encodes the state anew.
   */
  const storeWithRetries = async (documentName: string, document: Y.Doc) => {
    const started = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      try {
        await store.saveDocument(
          documentName,
          Y.encodeStateAsUpdate(document),
          now().toISOString(),
        );
        if (attempt > 0) log.info('stored-after-retry', { document: documentName, attempt });
        return;
      } catch (error) {
        const message = errorMessage(error);
        if (Date.now() - started > storeRetryMs) {
          // Hocuspocus keeps the document in memory and stores it again on the next change.
          log.error('store-failed', { document: documentName, message });
          throw error;
        }
        log.warn('store-retrying', { document: documentName, attempt, message });
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 2000)));
      }
    }
  };

  let closing: (() => void) | undefined;
  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: cluster ? [cluster.extension] : [],
    debounce: options.storeDebounceMs ?? 2000,
    maxDebounce: 5 * (options.storeDebounceMs ?? 2000),
    onAuthenticate: authenticate,
    async onLoadDocument({ documentName, document }) {
      const state = await store.loadDocument(documentName);
      if (state) Y.applyUpdate(document, state);
    },
    async onStoreDocument({ documentName, document }) {
      await storeWithRetries(documentName, document);
    },
    async onChange({ documentName, context }) {
      // Changes that came from another instance through Redis carry no connection context:
      // that instance logs them.
      const { device, document } = context as Partial<ConnectionContext>;
      if (device && document) await accessLog.changed(device, document, documentName);
    },
    async onDisconnect({ documentName, context }) {
      const { device } = context as ConnectionContext;
      await markSeen(device.id);
      log.debug('disconnected', { document: documentName, deviceId: device.id });
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
    disconnectDevice: cluster ? cluster.revokeEverywhere : disconnectHere,
    accessLog,
  });
  cluster?.attach(hocuspocus);
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
      await cluster?.close();
      accessLog.stop();
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
