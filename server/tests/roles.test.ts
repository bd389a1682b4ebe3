import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
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
  type SyncClient,
  type TestServer,
} from './support.js';

/** The status document's content as the app writes it (contract: Y.Map `status`). */
function setStatus(doc: Y.Doc, snapshot: Record<string, unknown>) {
  doc.getMap('status').set('snapshot', snapshot);
}
const statusOf = (doc: Y.Doc) => doc.getMap('status').get('snapshot');

describe(`roles per document (${process.env.DATABASE_URL ? 'postgres' : 'sqlite'})`, () => {
  let dataDir: ReturnType<typeof temporaryDir>;
  let running: TestServer;
  let manager: Device;
  const clients: SyncClient[] = [];
  const client = (name: string, token: string) => {
    const created = syncClient(running.ws, name, token);
    clients.push(created);
    return created;
  };
  const status = (hireId: string) => `status:${manager.teamId}:${hireId}`;

  beforeEach(async () => {
    dataDir = temporaryDir();
    running = await startTestServer({ dataDir: dataDir.path });
    manager = await registerTeam(running.http, randomUUID());
  });

  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    await running.stop();
    dataDir.remove();
  });

  it('gives the private document to managers only: a staff token is refused and gets nothing', async () => {
    const name = `private:${manager.teamId}`;
    const writer = client(name, manager.token);
    writer.doc.getMap('talks').set('t1', 'samtalenote om helbred');
    await eventually(() => expect(isSynced(writer)).toBe(true));

    const staff = await joinTeam(running.http, manager, 'staff');
    const refused = client(name, staff.token);
    await eventually(() => expect(refused.refusals).toContain('forbidden'));
    expect(refused.provider.isAuthenticated).toBe(false);
    expect(refused.doc.getMap('talks').toJSON()).toEqual({});

    const otherManager = await joinTeam(running.http, manager, 'manager');
    const reader = client(name, otherManager.token);
    await eventually(() =>
      expect(reader.doc.getMap('talks').get('t1')).toBe('samtalenote om helbred'),
    );
    // Staff still has the team's document.
    const shared = client(`team:${manager.teamId}`, staff.token);
    await eventually(() => expect(isSynced(shared)).toBe(true));
  });

  it('lets a peer link read its own status live, and drops what it writes', async () => {
    const staff = await joinTeam(running.http, manager, 'staff');
    const writer = client(status('h1'), staff.token);
    setStatus(writer.doc, { done: 3, total: 10 });
    await eventually(() => expect(isSynced(writer)).toBe(true));

    const peer = await peerLink(running.http, manager, 'h1');
    expect(peer.role).toBe('peer');
    const view = client(status('h1'), peer.token);
    await eventually(() => expect(statusOf(view.doc)).toEqual({ done: 3, total: 10 }));
    setStatus(writer.doc, { done: 4, total: 10 });
    await eventually(() => expect(statusOf(view.doc)).toEqual({ done: 4, total: 10 }));

    // The peer's write, sent as a client would: the server acknowledges it as not applied.
    const raw = await rawConnection(running.ws, status('h1'), peer.token);
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(writer.doc));
    const before = Y.encodeStateVector(forged);
    setStatus(forged, { done: 10, total: 10 });
    const acknowledged = raw.nextSyncStatus();
    raw.sendUpdate(Y.encodeStateAsUpdate(forged, before));
    expect(await acknowledged).toBe(false);
    raw.socket.close();

    expect(statusOf(writer.doc)).toEqual({ done: 4, total: 10 });
    expect(statusOf(view.doc)).toEqual({ done: 4, total: 10 });
    await eventually(async () => {
      const stored = await storedDoc(running.store, status('h1'));
      expect(stored && statusOf(stored)).toEqual({ done: 4, total: 10 });
    });
  });

  it("refuses a peer link another hire's status and the team's documents", async () => {
    const peer = await peerLink(running.http, manager, 'h1');
    for (const name of [status('h2'), `team:${manager.teamId}`, `private:${manager.teamId}`]) {
      const refused = client(name, peer.token);
      await eventually(() => expect(refused.refusals).toContain('forbidden'));
    }
    const other = await registerTeam(running.http, randomUUID());
    const stranger = client(`status:${other.teamId}:h1`, peer.token);
    await eventually(() => expect(stranger.refusals).toContain('forbidden'));
  });

  it('refuses names that are no document', async () => {
    for (const name of [`status:${manager.teamId}`, `private:${manager.teamId}:h1`, 'notes:x']) {
      const refused = client(name, manager.token);
      await eventually(() => expect(refused.refusals).toContain('unknown-document'));
    }
  });

  it('closes a revoked peer link at once and refuses it from then on', async () => {
    const peer = await peerLink(running.http, manager, 'h1');
    const view = client(status('h1'), peer.token);
    await eventually(() => expect(isSynced(view)).toBe(true));

    const revoked = await call(
      running.http,
      'DELETE',
      `/api/teams/${manager.teamId}/devices/${peer.deviceId}`,
      { token: manager.token },
    );
    expect(revoked).toMatchObject({ status: 200, body: { role: 'peer', hireId: 'h1' } });
    await eventually(() => expect(view.closes).toContain(4401));
    await eventually(() => expect(view.refusals).toContain('token-revoked'));
    const again = client(status('h1'), peer.token);
    await eventually(() => expect(again.refusals).toContain('token-revoked'));
  });

  it("keeps one live link per hire: a new one revokes the hire's earlier one", async () => {
    const first = await peerLink(running.http, manager, 'h1');
    const otherHire = await peerLink(running.http, manager, 'h2');
    const firstView = client(status('h1'), first.token);
    const otherView = client(status('h2'), otherHire.token);
    await eventually(() => expect(isSynced(firstView) && isSynced(otherView)).toBe(true));

    const second = await peerLink(running.http, manager, 'h1');
    await eventually(() => expect(firstView.closes).toContain(4401));
    const secondView = client(status('h1'), second.token);
    await eventually(() => expect(isSynced(secondView)).toBe(true));
    expect(otherView.closes).not.toContain(4401);

    const listed = await call(running.http, 'GET', `/api/teams/${manager.teamId}/devices`, {
      token: manager.token,
    });
    const peers = (listed.body.devices as Record<string, unknown>[]).filter(
      (device) => device.role === 'peer',
    );
    expect(peers).toEqual([
      expect.objectContaining({
        deviceId: first.deviceId,
        hireId: 'h1',
        revokedAt: expect.any(String),
      }),
      expect.objectContaining({ deviceId: otherHire.deviceId, hireId: 'h2', revokedAt: null }),
      expect.objectContaining({ deviceId: second.deviceId, hireId: 'h1', revokedAt: null }),
    ]);
  });

  it("deletes a hire's status document and revokes its peer links, for staff too", async () => {
    const kept = new Y.Doc();
    setStatus(kept, { done: 1, total: 2 });
    await running.store.saveDocument(
      status('h1'),
      Y.encodeStateAsUpdate(kept),
      new Date().toISOString(),
    );
    await running.store.saveDocument(
      status('h2'),
      Y.encodeStateAsUpdate(kept),
      new Date().toISOString(),
    );
    const peer = await peerLink(running.http, manager, 'h1');
    const view = client(status('h1'), peer.token);
    await eventually(() => expect(statusOf(view.doc)).toEqual({ done: 1, total: 2 }));

    // A peer link cannot delete its hire; a staff device, which may delete the hire, can.
    const path = `/api/teams/${manager.teamId}/hires/h1`;
    expect(await call(running.http, 'DELETE', path, { token: peer.token })).toMatchObject({
      status: 403,
    });
    expect(await running.store.loadDocument(status('h1'))).toBeDefined();
    const staff = await joinTeam(running.http, manager, 'staff');
    const deleted = await call(running.http, 'DELETE', path, { token: staff.token });
    expect(deleted.status).toBe(204);
    await eventually(() => expect(view.closes).toContain(4401));
    expect(await running.store.loadDocument(status('h1'))).toBeUndefined();
    expect(await running.store.loadDocument(status('h2'))).toBeDefined();
    const again = client(status('h1'), peer.token);
    await eventually(() => expect(again.refusals).toContain('token-revoked'));
  });
});
