import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createLogger } from '../src/log.js';
import { startSyncServer, type SyncServer } from '../src/server.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';

/** The store under test, for the suites' names: each suite runs once per store. */
export const storeKind = process.env.DATABASE_URL ? 'postgres' : 'sqlite';

/** Waits for a state, checking often; generous for a loaded 2-core machine. */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 10_000, interval: 20 });
}

export interface TestServer {
  server: SyncServer;
  store: Store;
  /** Every log line so far, parsed. */
  logs: () => Record<string, unknown>[];
  /** The raw log text, to check what it never holds. */
  logText: () => string;
  http: string;
  ws: string;
  stop: () => Promise<void>;
}

export interface TestServerOptions {
  dataDir: string;
  port?: number;
  maxMessageBytes?: number;
  now?: () => Date;
  /** Joins the instances sharing this Redis (REDIS_URL in the cluster suite). */
  redisUrl?: string;
  accessLogRetentionDays?: number;
}

/**
 * The server on loopback with the store under test: PostgreSQL when DATABASE_URL is set,
 * else SQLite in `dataDir`. Debug logs are collected, not printed.
 */
export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const lines: string[] = [];
  const log = createLogger('debug', (line) => lines.push(line));
  const store = await openStore({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: options.dataDir,
    log,
  });
  const server = await startSyncServer({
    port: options.port ?? 0,
    host: '127.0.0.1',
    maxMessageBytes: options.maxMessageBytes ?? 1024 * 1024,
    allowedOrigins: ['http://app.test'],
    store,
    log,
    storeDebounceMs: 50,
    accessLogRetentionDays: options.accessLogRetentionDays,
    ...(options.now ? { now: options.now } : {}),
    ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
  });
  return {
    server,
    store,
    logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    logText: () => lines.join('\n'),
    http: `http://127.0.0.1:${server.port}`,
    ws: `ws://127.0.0.1:${server.port}`,
    async stop() {
      await server.close();
      await store.close();
    },
  };
}

export function temporaryDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'sync-server-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** What a suite's tests share: see serverForEachTest. */
export interface ServerFixture {
  /** The server of the running test. */
  readonly running: TestServer;
  /** A sync client, destroyed when the test ends. */
  client(name: string, token: string): SyncClient;
  /**
   * Stops the server, runs `meanwhile` (what happens while it is down), and starts it again
   * on the same data, with other options if given.
   */
  restart(
    changed?: Partial<Omit<TestServerOptions, 'dataDir'>>,
    meanwhile?: () => Promise<void>,
  ): Promise<TestServer>;
}

/**
 * Before each test of the suite, a server on a fresh data folder; after it, its clients
 * destroyed, the server stopped and the folder removed. `options` is read at each start.
 */
export function serverForEachTest(
  options: () => Omit<TestServerOptions, 'dataDir'> = () => ({}),
): ServerFixture {
  let dataDir: ReturnType<typeof temporaryDir>;
  let running: TestServer;
  const clients: SyncClient[] = [];
  beforeEach(async () => {
    dataDir = temporaryDir();
    running = await startTestServer({ ...options(), dataDir: dataDir.path });
  });
  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    await running.stop();
    dataDir.remove();
  });
  return {
    get running() {
      return running;
    },
    client(name, token) {
      const created = syncClient(running.ws, name, token);
      clients.push(created);
      return created;
    },
    async restart(changed = {}, meanwhile) {
      await running.stop();
      await meanwhile?.();
      running = await startTestServer({ ...options(), ...changed, dataDir: dataDir.path });
      return running;
    },
  };
}

/** serverForEachTest with a team registered before each test: its manager device. */
export function teamServerForEachTest(
  options?: () => Omit<TestServerOptions, 'dataDir'>,
): ServerFixture & { readonly manager: Device } {
  const fixture = serverForEachTest(options);
  let manager: Device;
  beforeEach(async () => {
    manager = await registerTeam(fixture.running.http, randomUUID());
  });
  return {
    get running() {
      return fixture.running;
    },
    get manager() {
      return manager;
    },
    client: fixture.client,
    restart: fixture.restart,
  };
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

export async function call(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await fetch(base + path, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    headers: response.headers,
  };
}

export interface Device {
  teamId: string;
  deviceId: string;
  token: string;
  role: string;
}

export async function registerTeam(base: string, teamId: string): Promise<Device> {
  const answer = await call(base, 'POST', '/api/teams', {
    body: { teamId, deviceName: 'Lederens pc' },
  });
  if (answer.status !== 201) throw new Error(`register: ${answer.status}`);
  return answer.body as unknown as Device;
}

export async function invite(base: string, manager: Device, role = 'staff'): Promise<string> {
  const answer = await call(base, 'POST', `/api/teams/${manager.teamId}/invitations`, {
    token: manager.token,
    body: { role },
  });
  if (answer.status !== 201) throw new Error(`invite: ${answer.status}`);
  return answer.body.invitation as string;
}

export async function joinTeam(base: string, manager: Device, role = 'staff'): Promise<Device> {
  const invitation = await invite(base, manager, role);
  const answer = await call(base, 'POST', '/api/join', {
    body: { invitation, deviceName: 'Tovholderens pc' },
  });
  if (answer.status !== 201) throw new Error(`join: ${answer.status}`);
  return answer.body as unknown as Device;
}

/** A peer link for `hireId` made by the manager: a device with role `peer`. */
export async function peerLink(base: string, manager: Device, hireId: string): Promise<Device> {
  const answer = await call(base, 'POST', `/api/teams/${manager.teamId}/peer-links`, {
    token: manager.token,
    body: { hireId },
  });
  if (answer.status !== 201) throw new Error(`peer link: ${answer.status}`);
  return { ...(answer.body as unknown as Device), teamId: manager.teamId };
}

export interface SyncClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The reasons the server gave for refusing this client, in order. */
  refusals: string[];
  /** Close codes of the client's WebSocket, in order. */
  closes: number[];
  destroy: () => void;
}

/** A Node device: a Y.Doc kept in sync by the Hocuspocus provider over `ws`. */
export function syncClient(
  url: string,
  documentName: string,
  token: string,
  doc = new Y.Doc(),
): SyncClient {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    factor: 1.5,
    jitter: false,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    token,
    document: doc,
  });
  const refusals: string[] = [];
  const closes: number[] = [];
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => refusals.push(reason));
  provider.on('close', ({ event }: { event: { code: number } }) => closes.push(event.code));
  provider.attach();
  return {
    doc,
    provider,
    refusals,
    closes,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

export function isSynced(client: SyncClient): boolean {
  return client.provider.isSynced && !client.provider.hasUnsyncedChanges;
}

/** One record in the team document: a nested Y.Map in the table's Y.Map. */
export function putRecord(doc: Y.Doc, table: string, id: string, fields: Record<string, unknown>) {
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(fields)) record.set(key, value);
    doc.getMap<Y.Map<unknown>>(table).set(id, record);
  });
}

export function readRecord(doc: Y.Doc, table: string, id: string): unknown {
  return doc.getMap<Y.Map<unknown>>(table).get(id)?.toJSON();
}

/** The stored document, decoded. */
export async function storedDoc(store: Store, name: string): Promise<Y.Doc | undefined> {
  const state = await store.loadDocument(name);
  if (!state) return undefined;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

export interface RawConnection {
  socket: WebSocket;
  closed: Promise<{ code: number; reason: string }>;
  sendUpdate: (update: Uint8Array) => void;
  /** Whether the server applied the next update it acknowledges (its sync status message). */
  nextSyncStatus: () => Promise<boolean>;
}

// Hocuspocus message types (@hocuspocus/server MessageType, @hocuspocus/common AuthMessageType).
const messageSync = 0;
const messageAuth = 2;
const authToken = 0;
const syncUpdate = 2;
const messageSyncStatus = 8;

/** A bare WebSocket that authenticates like the provider and then sends what a test builds. */
export async function rawConnection(
  url: string,
  documentName: string,
  token: string,
): Promise<RawConnection> {
  const socket = new WebSocket(url);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const replied = new Promise((resolve) => socket.once('message', resolve));
  const auth = encoding.createEncoder();
  encoding.writeVarString(auth, documentName);
  encoding.writeVarUint(auth, messageAuth);
  encoding.writeVarUint(auth, authToken);
  encoding.writeVarString(auth, token);
  socket.send(encoding.toUint8Array(auth));
  await replied;
  return {
    socket,
    closed,
    sendUpdate(update) {
      const message = encoding.createEncoder();
      encoding.writeVarString(message, documentName);
      encoding.writeVarUint(message, messageSync);
      encoding.writeVarUint(message, syncUpdate);
      encoding.writeVarUint8Array(message, update);
      socket.send(encoding.toUint8Array(message));
    },
    nextSyncStatus() {
      return new Promise((resolve) => {
        const read = (data: Buffer) => {
          const decoder = decoding.createDecoder(new Uint8Array(data));
          decoding.readVarString(decoder);
          if (decoding.readVarUint(decoder) !== messageSyncStatus) return;
          socket.off('message', read);
          resolve(decoding.readVarInt(decoder) === 1);
        };
        socket.on('message', read);
      });
    },
  };
}
