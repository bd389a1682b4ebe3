import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  call,
  eventually,
  isSynced,
  joinTeam,
  peerLink,
  rawConnection,
  registerTeam,
  storedDoc,
  storeKind,
  teamServerForEachTest,
} from './support.js';

/** The status document's content as the app writes it (contract: Y.Map `status`). */
function setStatus(doc: Y.Doc, snapshot: Record<string, unknown>) {
  doc.getMap('status').set('snapshot', snapshot);
}
const statusOf = (doc: Y.Doc) => doc.getMap('status').get('snapshot');

describe(`roles per document (${storeKind})`, () => {
  const team = teamServerForEachTest();
  const status = (hireId: string) => `status:${team.manager.teamId}:${hireId}`;

  it('gives the private document to managers only: a staff token is refused and gets nothing', async () => {
    const name = `private:${team.manager.teamId}`;
    const writer = team.client(name, team.manager.token);
    writer.doc.getMap('talks').set('t1', 'samtalenote om helbred');
    await eventually(() => expect(isSynced(writer)).toBe(true));

    const staff = await joinTeam(team.running.http, team.manager, 'staff');
    const refused = team.client(name, staff.token);
    await eventually(() => expect(refused.refusals).toContain('forbidden'));
    expect(refused.provider.isAuthenticated).toBe(false);
    expect(refused.doc.getMap('talks').toJSON()).toEqual({});

    const otherManager = await joinTeam(team.running.http, team.manager, 'manager');
    const reader = team.client(name, otherManager.token);
    await eventually(() =>
      expect(reader.doc.getMap('talks').get('t1')).toBe('samtalenote om helbred'),
    );
    // Staff still has the team's document.
    const shared = team.client(`team:${team.manager.teamId}`, staff.token);
    await eventually(() => expect(isSynced(shared)).toBe(true));
  });

  it('lets a peer link read its own status live, and drops what it writes', async () => {
    const staff = await joinTeam(team.running.http, team.manager, 'staff');
    const writer = team.client(status('h1'), staff.token);
    setStatus(writer.doc, { done: 3, total: 10 });
    await eventually(() => expect(isSynced(writer)).toBe(true));

    const peer = await peerLink(team.running.http, team.manager, 'h1');
    expect(peer.role).toBe('peer');
    const view = team.client(status('h1'), peer.token);
    await eventually(() => expect(statusOf(view.doc)).toEqual({ done: 3, total: 10 }));
    setStatus(writer.doc, { done: 4, total: 10 });
    await eventually(() => expect(statusOf(view.doc)).toEqual({ done: 4, total: 10 }));

    // The peer's write, sent as a client would: the server acknowledges it as not applied.
    const raw = await rawConnection(team.running.ws, status('h1'), peer.token);
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
      const stored = await storedDoc(team.running.store, status('h1'));
      expect(stored && statusOf(stored)).toEqual({ done: 4, total: 10 });
    });
  });

  it("refuses a peer link another hire's status and the team's documents", async () => {
    const peer = await peerLink(team.running.http, team.manager, 'h1');
    for (const name of [
      status('h2'),
      `team:${team.manager.teamId}`,
      `private:${team.manager.teamId}`,
    ]) {
      const refused = team.client(name, peer.token);
      await eventually(() => expect(refused.refusals).toContain('forbidden'));
    }
    const other = await registerTeam(team.running.http, randomUUID());
    const stranger = team.client(`status:${other.teamId}:h1`, peer.token);
    await eventually(() => expect(stranger.refusals).toContain('forbidden'));
  });

  it('refuses names that are no document', async () => {
    for (const name of [
      `status:${team.manager.teamId}`,
      `private:${team.manager.teamId}:h1`,
      'notes:x',
    ]) {
      const refused = team.client(name, team.manager.token);
      await eventually(() => expect(refused.refusals).toContain('unknown-document'));
    }
  });

  it('closes a revoked peer link at once and refuses it from then on', async () => {
    const peer = await peerLink(team.running.http, team.manager, 'h1');
    const view = team.client(status('h1'), peer.token);
    await eventually(() => expect(isSynced(view)).toBe(true));

    const revoked = await call(
      team.running.http,
      'DELETE',
      `/api/teams/${team.manager.teamId}/devices/${peer.deviceId}`,
      { token: team.manager.token },
    );
    expect(revoked).toMatchObject({ status: 200, body: { role: 'peer', hireId: 'h1' } });
    await eventually(() => expect(view.closes).toContain(4401));
    await eventually(() => expect(view.refusals).toContain('token-revoked'));
    const again = team.client(status('h1'), peer.token);
    await eventually(() => expect(again.refusals).toContain('token-revoked'));
  });

  it("keeps one live link per hire: a new one revokes the hire's earlier one", async () => {
    const first = await peerLink(team.running.http, team.manager, 'h1');
    const otherHire = await peerLink(team.running.http, team.manager, 'h2');
    const firstView = team.client(status('h1'), first.token);
    const otherView = team.client(status('h2'), otherHire.token);
    await eventually(() => expect(isSynced(firstView) && isSynced(otherView)).toBe(true));

    const second = await peerLink(team.running.http, team.manager, 'h1');
    await eventually(() => expect(firstView.closes).toContain(4401));
    const secondView = team.client(status('h1'), second.token);
    await eventually(() => expect(isSynced(secondView)).toBe(true));
    expect(otherView.closes).not.toContain(4401);

    const listed = await call(
      team.running.http,
      'GET',
      `/api/teams/${team.manager.teamId}/devices`,
      {
        token: team.manager.token,
      },
    );
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
    await team.running.store.saveDocument(
      status('h1'),
      Y.encodeStateAsUpdate(kept),
      new Date().toISOString(),
    );
    await team.running.store.saveDocument(
      status('h2'),
      Y.encodeStateAsUpdate(kept),
      new Date().toISOString(),
    );
    const peer = await peerLink(team.running.http, team.manager, 'h1');
    const view = team.client(status('h1'), peer.token);
    await eventually(() => expect(statusOf(view.doc)).toEqual({ done: 1, total: 2 }));

    // A peer link cannot delete its hire; a staff device, which may delete the hire, can.
    const path = `/api/teams/${team.manager.teamId}/hires/h1`;
    expect(await call(team.running.http, 'DELETE', path, { token: peer.token })).toMatchObject({
      status: 403,
    });
    expect(await team.running.store.loadDocument(status('h1'))).toBeDefined();
    const staff = await joinTeam(team.running.http, team.manager, 'staff');
    const deleted = await call(team.running.http, 'DELETE', path, { token: staff.token });
    expect(deleted.status).toBe(204);
    await eventually(() => expect(view.closes).toContain(4401));
    expect(await team.running.store.loadDocument(status('h1'))).toBeUndefined();
    expect(await team.running.store.loadDocument(status('h2'))).toBeDefined();
    const again = team.client(status('h1'), peer.token);
    await eventually(() => expect(again.refusals).toContain('token-revoked'));
  });
});
