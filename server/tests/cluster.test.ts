import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store } from '../src/store/store.js';
import {
  buildServer,
  clusterAvailable,
  clusterEnv,
  countingDevice,
  expectAgreement,
  keepEditing,
  openSharedStore,
  restartPostgres,
  restartRedis,
  startChildInstance,
  startProxy,
  type CountingDevice,
  edgesFlowing,
} from './clusterSupport.js';
import {
  call,
  eventually,
  isSynced,
  joinTeam,
  peerLink,
  rawConnection,
  registerTeam,
  startTestServer,
  storedDoc,
  syncClient,
  temporaryDir,
  type Device,
  type TestServer,
} from './support.js';

/**
 * Several instances sharing one PostgreSQL and one Redis, and the faults they must survive.
 * Run by `npm run test:server:cluster` (scripts/with-postgres.sh + scripts/with-redis.sh).
 */
describe.skipIf(!clusterAvailable)('several instances through Redis, and faults', () => {
  let store: Store;
  const cleanups: (() => unknown)[] = [];
  const later = (cleanup: () => unknown) => cleanups.push(cleanup);
  const dataDir = temporaryDir();

  beforeAll(async () => {
    store = await openSharedStore();
  });
  afterAll(async () => {
    await store.close();
    dataDir.remove();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const instance = async (): Promise<TestServer> => {
    const started = await startTestServer({ dataDir: dataDir.path, redisUrl: clusterEnv.redisUrl });
    later(() => started.stop());
    return started;
  };
  const team = async (http: string) => {
    const manager = await registerTeam(http, randomUUID());
    return { manager, name: `team:${manager.teamId}` };
  };
  const device = (label: string, url: string, name: string, owner: Device) => {
    const created = countingDevice(label, url, name, owner.token);
    later(() => created.destroy());
    return created;
  };
  const allSynced = (devices: CountingDevice[]) =>
    eventually(() => {
      for (const each of devices) expect(isSynced(each.client), each.label).toBe(true);
    });
  /** Edits go on until `until` resolves, then a little longer, and stop. */
  const editDuring = async (devices: CountingDevice[], until: () => Promise<unknown>) => {
    const stop = keepEditing(devices);
    try {
      await eventually(() => expect(edgesFlowing(devices)).toBe(true));
      await until();
      const counts = devices.map((d) => d.written.length);
      await eventually(() =>
        expect(devices.every((d, i) => d.written.length > counts[i]! + 3)).toBe(true),
      );
    } finally {
      stop();
    }
  };

  it('two devices on different instances see each other and a revocation reaches both', async () => {
    const [a, b] = [await instance(), await instance()];
    const { manager, name } = await team(a.http);
    const lead = await joinTeam(b.http, manager);
    const onA = syncClient(a.ws, name, manager.token);
    const onB = syncClient(b.ws, name, lead.token);
    later(() => onA.destroy());
    later(() => onB.destroy());
    onA.doc.getMap('hires').set('h1', 'from A');
    onB.doc.getMap('hires').set('h2', 'from B');
    await eventually(() => {
      expect(onB.doc.getMap('hires').get('h1')).toBe('from A');
      expect(onA.doc.getMap('hires').get('h2')).toBe('from B');
    });

    // Revoked through instance A, the device connected to instance B is cut off.
    const revoked = await call(
      a.http,
      'DELETE',
      `/api/teams/${manager.teamId}/devices/${lead.deviceId}`,
      {
        token: manager.token,
      },
    );
    expect(revoked.status).toBe(200);
    await eventually(() => expect(onB.closes).toContain(4401));
    await eventually(() => expect(onB.refusals).toContain('token-revoked'));
    expect(onA.closes).not.toContain(4401);
  });

  it('a peer link on one instance sees the status live, and a new link made on another closes it', async () => {
    const [a, b] = [await instance(), await instance()];
    const { manager } = await team(a.http);
    const status = `status:${manager.teamId}:h1`;
    const first = await peerLink(a.http, manager, 'h1');
    const writer = syncClient(a.ws, status, manager.token);
    const view = syncClient(b.ws, status, first.token);
    later(() => writer.destroy());
    later(() => view.destroy());
    writer.doc.getMap('status').set('snapshot', { done: 2 });
    await eventually(() => expect(view.doc.getMap('status').get('snapshot')).toEqual({ done: 2 }));

    await peerLink(a.http, manager, 'h1');
    await eventually(() => expect(view.closes).toContain(4401));
    await eventually(() => expect(view.refusals).toContain('token-revoked'));
    expect(writer.closes).not.toContain(4401);
  });

  it('survives an instance killed mid-traffic: its devices reconnect to the other', async () => {
    await buildServer();
    const [a, b] = [await startChildInstance(), await startChildInstance()];
    later(() => a.stop());
    later(() => b.stop());
    let alive = [a.port, b.port];
    const balancer = await startProxy(() => alive);
    later(() => balancer.close());
    const { manager, name } = await team(b.http);
    const lead = await joinTeam(b.http, manager);
    const devices = [
      device('balanced-1', balancer.url, name, manager),
      device('balanced-2', balancer.url, name, lead),
      device('on-b', b.ws, name, lead),
    ];
    await allSynced(devices);

    await editDuring(devices, async () => {
      alive = [b.port];
      await a.kill();
    });
    await expectAgreement(devices, store, name);
  });

  it("survives a device's connection cut in the middle of an update", async () => {
    const server = await instance();
    const network = await startProxy(() => [server.server.port]);
    later(() => network.close());
    const { manager, name } = await team(server.http);
    const cut = device('cut', network.url, name, manager);
    const other = device('other', server.ws, name, manager);
    cut.edit();
    other.edit();
    await allSynced([cut, other]);

    // A large update is sent in many packets; the connection breaks after the first few KB.
    network.cutAfter(4096);
    cut.client.doc.getMap('notes').set('long', 'x'.repeat(256 * 1024));
    cut.edit();
    await eventually(() => expect(cut.client.closes.length).toBeGreaterThan(0));
    await expectAgreement([cut, other], store, name);
    expect(other.client.doc.getMap('notes').get('long')).toHaveLength(256 * 1024);
  });

  it('survives PostgreSQL restarted under traffic', async () => {
    const [a, b] = [await instance(), await instance()];
    const { manager, name } = await team(a.http);
    const devices = [device('on-a', a.ws, name, manager), device('on-b', b.ws, name, manager)];
    await allSynced(devices);
    await editDuring(devices, restartPostgres);
    await expectAgreement(devices, store, name);
  });

  it('survives Redis restarted under traffic: the instances catch up with each other', async () => {
    const [a, b] = [await instance(), await instance()];
    const { manager, name } = await team(a.http);
    const devices = [device('on-a', a.ws, name, manager), device('on-b', b.ws, name, manager)];
    await allSynced(devices);
    await editDuring(devices, restartRedis);
    await expectAgreement(devices, store, name);
  });

  it('takes back a device that was offline for a day of edits', async () => {
    const [a, b] = [await instance(), await instance()];
    const network = await startProxy(() => [a.server.port]);
    later(() => network.close());
    const { manager, name } = await team(a.http);
    const lead = await joinTeam(a.http, manager);
    const away = device('away', network.url, name, lead);
    const office = device('office', b.ws, name, manager);
    away.edit();
    office.edit();
    await allSynced([away, office]);

    network.refuse(true);
    await eventually(() => expect(away.client.provider.isSynced).toBe(false));
    // A working day on both sides: hundreds of separate edits, some replacing earlier ones.
    for (let i = 0; i < 600; i += 1) {
      away.edit();
      away.client.doc.getMap('hires').set(`h${i % 40}`, `away ${i}`);
      if (i % 3 === 0) office.edit();
    }
    await eventually(() => expect(isSynced(office.client)).toBe(true));
    network.refuse(false);

    await expectAgreement([away, office], store, name);
    expect(office.client.doc.getMap('hires').toJSON()).toEqual(
      away.client.doc.getMap('hires').toJSON(),
    );
  });

  it('refuses a corrupt update on one instance and leaves the document as it was everywhere', async () => {
    const [a, b] = [await instance(), await instance()];
    const { manager, name } = await team(a.http);
    const onA = device('on-a', a.ws, name, manager);
    const onB = device('on-b', b.ws, name, manager);
    onA.edit();
    onB.edit();
    await allSynced([onA, onB]);
    await expectAgreement([onA, onB], store, name);

    const raw = await rawConnection(a.ws, name, manager.token);
    const next = new Y.Doc();
    Y.applyUpdate(next, Y.encodeStateAsUpdate(onA.client.doc));
    const sent = Y.encodeStateVector(next);
    next.getMap('edits').set('corrupt:0', 1);
    next.getMap('notes').set('long', 'y'.repeat(300));
    const update = Y.encodeStateAsUpdate(next, sent);
    raw.sendUpdate(update.slice(0, update.length - 20));
    expect((await raw.closed).code).toBe(1007);

    // A later edit goes through: had the broken one been applied, it would travel with it.
    onB.edit();
    await expectAgreement([onA, onB], store, name);
    for (const each of [onA, onB]) expect(each.client.doc.getMap('notes').size).toBe(0);
    const stored = await storedDoc(store, name);
    expect(stored?.getMap('notes').size).toBe(0);
  });
});
