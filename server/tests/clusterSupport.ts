import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import type * as Y from 'yjs';
import { createLogger } from '../src/log.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { eventually, isSynced, storedDoc, syncClient, type SyncClient } from './support.js';

const run = promisify(execFile);

/** What the cluster suite needs: scripts/with-postgres.sh and scripts/with-redis.sh set it. */
export const clusterEnv = {
  databaseUrl: process.env.DATABASE_URL ?? '',
  redisUrl: process.env.REDIS_URL ?? '',
};
export const clusterAvailable = Boolean(clusterEnv.databaseUrl && clusterEnv.redisUrl);

/** The test's own view of the shared database. */
export function openSharedStore(): Promise<Store> {
  return openStore({
    databaseUrl: clusterEnv.databaseUrl,
    dataDir: '',
    log: createLogger('error', () => {}),
  });
}

export interface ChildInstance {
  port: number;
  ws: string;
  http: string;
  /** The realistic crash: SIGKILL, nothing stored or closed on the way out. */
  kill: () => Promise<void>;
  stop: () => Promise<void>;
}

/** Compiles server/ to server/dist (incremental), for instances run as child processes. */
export async function buildServer(): Promise<void> {
  await run('node_modules/.bin/tsc', ['-b', 'server']);
}

/** `node server/dist/index.js` on a free loopback port, in the cluster. */
export async function startChildInstance(): Promise<ChildInstance> {
  const child: ChildProcess = spawn(process.execPath, ['server/dist/index.js'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: clusterEnv.databaseUrl,
      REDIS_URL: clusterEnv.redisUrl,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { event?: string; port?: number };
      if (entry.event === 'started' && entry.port) resolve(entry.port);
    });
    void exited.then(() => reject(new Error('the instance exited before it started')));
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    port,
    ws: `ws://127.0.0.1:${port}`,
    http: `http://127.0.0.1:${port}`,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
}

export interface Proxy {
  url: string;
  /** Cuts every open connection now. */
  sever: () => void;
  /** Cuts each connection once this many more bytes went from a client to the server. */
  cutAfter: (bytes: number) => void;
  /** While refusing, new connections are cut at once (the device is offline). */
  refuse: (refusing: boolean) => void;
  close: () => Promise<void>;
}

/**
 * A loopback TCP proxy the test controls, standing in for the network and the load balancer:
 * each connection goes to the first of `targets()` that accepts it.
 */
export async function startProxy(targets: () => number[]): Promise<Proxy> {
  const pairs = new Set<[Socket, Socket]>();
  let refusing = false;
  let bytesLeft = Infinity;

  const upstream = async (ports: number[]): Promise<Socket | undefined> => {
    for (const port of ports) {
      const socket = connect(port, '127.0.0.1');
      const opened = await Promise.race([
        once(socket, 'connect').then(() => true),
        once(socket, 'error').then(() => false),
      ]);
      if (opened) return socket;
      socket.destroy();
    }
    return undefined;
  };

  const server = createServer((client) => {
    client.on('error', () => {});
    client.pause();
    if (refusing) {
      client.destroy();
      return;
    }
    void upstream(targets()).then((target) => {
      if (!target || client.destroyed) {
        target?.destroy();
        client.destroy();
        return;
      }
      target.on('error', () => {});
      const pair: [Socket, Socket] = [client, target];
      pairs.add(pair);
      const cut = () => {
        client.destroy();
        target.destroy();
        pairs.delete(pair);
      };
      client.on('data', (chunk: Buffer) => {
        if (chunk.length >= bytesLeft) {
          target.write(chunk.subarray(0, bytesLeft));
          bytesLeft = Infinity;
          cut();
          return;
        }
        bytesLeft -= chunk.length;
        target.write(chunk);
      });
      target.pipe(client);
      client.on('close', cut);
      target.on('close', cut);
      client.resume();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const sever = () => {
    for (const [client, target] of pairs) {
      client.destroy();
      target.destroy();
    }
    pairs.clear();
  };
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sever,
    cutAfter(bytes) {
      bytesLeft = bytes;
    },
    refuse(value) {
      refusing = value;
      if (value) sever();
    },
    async close() {
      sever();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A device that counts its edits: each one a numbered key `<label>:<n>` in the document's
 * `edits` map. `acknowledged` holds the keys the server had confirmed at the last moment the
 * provider reported nothing unsynced.
 */
export interface CountingDevice {
  label: string;
  client: SyncClient;
  written: string[];
  acknowledged: Set<string>;
  edit: () => void;
  destroy: () => void;
}

export function countingDevice(
  label: string,
  url: string,
  name: string,
  token: string,
): CountingDevice {
  const client = syncClient(url, name, token);
  const written: string[] = [];
  const acknowledged = new Set<string>();
  client.provider.on('unsyncedChanges', () => {
    if (client.provider.unsyncedChanges === 0) for (const key of written) acknowledged.add(key);
  });
  return {
    label,
    client,
    written,
    acknowledged,
    edit() {
      const key = `${label}:${written.length}`;
      written.push(key);
      client.doc.getMap<number>('edits').set(key, Date.now());
    },
    destroy: () => client.destroy(),
  };
}

/** Each device edits every `everyMs` until the returned stop is called. */
export function keepEditing(devices: CountingDevice[], everyMs = 25): () => void {
  const timer = setInterval(() => {
    for (const device of devices) device.edit();
  }, everyMs);
  return () => clearInterval(timer);
}

/**
 * Whether traffic flows between all the devices: each holds at least `count` edits of every
 * other. (The provider's unsynced counter may not touch zero while edits go on every 25 ms,
 * so acknowledgements are no sign of it on a slow machine.)
 */
export function edgesFlowing(devices: CountingDevice[], count = 3): boolean {
  return devices.every((device) => {
    const held = editKeys(device.client.doc);
    return devices.every(
      (other) => held.filter((key) => key.startsWith(`${other.label}:`)).length >= count,
    );
  });
}

function editKeys(doc: Y.Doc): string[] {
  return [...doc.getMap('edits').keys()].sort();
}

/**
 * After a fault: every device holds every edit any device made (acknowledged or not, as the
 * devices all survive), nothing is unsynced, and the database holds the same.
 */
export async function expectAgreement(
  devices: CountingDevice[],
  store: Store,
  name: string,
): Promise<void> {
  const expected = devices.flatMap((device) => device.written).sort();
  for (const device of devices) {
    expect(device.acknowledged.size, `${device.label} had edits acknowledged`).toBeGreaterThan(0);
  }
  await eventually(() => {
    for (const device of devices) {
      expect(isSynced(device.client), `${device.label} synced`).toBe(true);
      expect(editKeys(device.client.doc), device.label).toEqual(expected);
    }
  });
  await eventually(async () => {
    const stored = await storedDoc(store, name);
    expect(stored && editKeys(stored)).toEqual(expected);
  });
}

/** Restarts the PostgreSQL cluster of scripts/with-postgres.sh (a fast shutdown, then start). */
export async function restartPostgres(): Promise<void> {
  const { PGDATA, PG_CTL, PG_OS_USER } = process.env;
  if (!PGDATA || !PG_CTL || !PG_OS_USER) throw new Error('run under scripts/with-postgres.sh');
  // The server's output goes to a file: with our pipes it would keep pg_ctl's caller waiting.
  const args = [PG_CTL, '-D', PGDATA, '-m', 'fast', '-w', '-l', `${PGDATA}/../restart.log`];
  const asUser = process.getuid?.() === 0 ? ['runuser', '-u', PG_OS_USER, '--'] : [];
  const [command, ...rest] = [...asUser, ...args, 'restart'];
  await run(command!, rest);
}

/** Restarts the Redis of scripts/with-redis.sh: shut down without saving, started again. */
export async function restartRedis(): Promise<void> {
  const { REDIS_URL, REDIS_CONF } = process.env;
  if (!REDIS_URL || !REDIS_CONF) throw new Error('run under scripts/with-redis.sh');
  await run('redis-cli', ['-s', REDIS_URL, 'shutdown', 'nosave']).catch(() => undefined);
  await eventually(async () => {
    await expect(run('redis-cli', ['-s', REDIS_URL, 'ping'])).rejects.toThrow();
  });
  await run('redis-server', [REDIS_CONF]);
  await eventually(async () => {
    const { stdout } = await run('redis-cli', ['-s', REDIS_URL, 'ping']);
    expect(stdout.trim()).toBe('PONG');
  });
}
