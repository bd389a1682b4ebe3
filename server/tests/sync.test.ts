import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  call,
  eventually,
  isSynced,
  joinTeam,
  putRecord,
  readRecord,
  registerTeam,
  storedDoc,
  serverForEachTest,
  storeKind,
} from './support.js';

describe(`sync between devices (${storeKind})`, () => {
  const server = serverForEachTest();
  const teamId = () => randomUUID();

  it('joins by invitation, and an edit on one device reaches the other both ways', async () => {
    const manager = await registerTeam(server.running.http, teamId());
    const lead = await joinTeam(server.running.http, manager);
    expect(lead).toMatchObject({ teamId: manager.teamId, role: 'staff' });

    const name = `team:${manager.teamId}`;
    const a = server.client(name, manager.token);
    const b = server.client(name, lead.token);
    await eventually(() => expect(isSynced(a) && isSynced(b)).toBe(true));

    putRecord(a.doc, 'checklistItems', 'i1', { done: true, note: 'aftalt' });
    await eventually(() =>
      expect(readRecord(b.doc, 'checklistItems', 'i1')).toEqual({ done: true, note: 'aftalt' }),
    );
    putRecord(b.doc, 'hires', 'h1', { name: 'A. B.' });
    await eventually(() => expect(readRecord(a.doc, 'hires', 'h1')).toEqual({ name: 'A. B.' }));

    const listed = await call(server.running.http, 'GET', `/api/teams/${manager.teamId}/devices`, {
      token: manager.token,
    });
    const seen = (listed.body.devices as { lastSeenAt: string | null }[]).map((d) => d.lastSeenAt);
    expect(seen).toEqual([expect.any(String), expect.any(String)]);
  });

  it("refuses another team's token and a token that is not one", async () => {
    const teamA = await registerTeam(server.running.http, teamId());
    const teamB = await registerTeam(server.running.http, teamId());
    const stranger = server.client(`team:${teamA.teamId}`, teamB.token);
    const forged = server.client(`team:${teamA.teamId}`, 'not-a-token');
    await eventually(() => expect(stranger.refusals).toContain('forbidden'));
    await eventually(() => expect(forged.refusals).toContain('unauthorized'));
    expect(stranger.provider.isAuthenticated).toBe(false);
  });

  it("closes a revoked device's open connection and refuses its token from then on", async () => {
    const manager = await registerTeam(server.running.http, teamId());
    const lead = await joinTeam(server.running.http, manager);
    const name = `team:${manager.teamId}`;
    const a = server.client(name, manager.token);
    const b = server.client(name, lead.token);
    await eventually(() => expect(isSynced(a) && isSynced(b)).toBe(true));

    const revoked = await call(
      server.running.http,
      'DELETE',
      `/api/teams/${manager.teamId}/devices/${lead.deviceId}`,
      { token: manager.token },
    );
    expect(revoked.status).toBe(200);
    await eventually(() => expect(b.closes).toContain(4401));
    await eventually(() => expect(b.refusals).toContain('token-revoked'));

    const again = server.client(name, lead.token);
    await eventually(() => expect(again.refusals).toContain('token-revoked'));
    // The manager's own connection is not touched.
    putRecord(a.doc, 'hires', 'h1', { name: 'still here' });
    await eventually(() => expect(isSynced(a)).toBe(true));
  });

  it('gives a new device the whole document', async () => {
    const manager = await registerTeam(server.running.http, teamId());
    const name = `team:${manager.teamId}`;
    const a = server.client(name, manager.token);
    for (let i = 0; i < 50; i += 1) putRecord(a.doc, 'hires', `h${i}`, { name: `hire ${i}` });
    putRecord(a.doc, 'teams', manager.teamId, { name: 'Team Øst' });
    await eventually(() => expect(isSynced(a)).toBe(true));

    const newcomer = await joinTeam(server.running.http, manager);
    const b = server.client(name, newcomer.token);
    await eventually(() => expect(isSynced(b)).toBe(true));
    expect(b.doc.getMap('hires').toJSON()).toEqual(a.doc.getMap('hires').toJSON());
    expect(readRecord(b.doc, 'teams', manager.teamId)).toEqual({ name: 'Team Øst' });
  });

  it('delivers an edit made while the server was stopped once it runs again', async () => {
    const manager = await registerTeam(server.running.http, teamId());
    const lead = await joinTeam(server.running.http, manager);
    const name = `team:${manager.teamId}`;
    const a = server.client(name, manager.token);
    const b = server.client(name, lead.token);
    putRecord(a.doc, 'hires', 'h1', { name: 'before' });
    await eventually(() => expect(readRecord(b.doc, 'hires', 'h1')).toEqual({ name: 'before' }));

    await server.restart({ port: server.running.server.port }, async () => {
      await eventually(() => expect(a.provider.isSynced).toBe(false));
      putRecord(a.doc, 'hires', 'h2', { name: 'made offline' });
    });
    await eventually(() =>
      expect(readRecord(b.doc, 'hires', 'h2')).toEqual({ name: 'made offline' }),
    );
    const fresh = server.client(name, lead.token);
    await eventually(() =>
      expect(readRecord(fresh.doc, 'hires', 'h2')).toEqual({ name: 'made offline' }),
    );
    expect(readRecord(fresh.doc, 'hires', 'h1')).toEqual({ name: 'before' });
    await eventually(async () => {
      const stored = await storedDoc(server.running.store, name);
      expect(stored && readRecord(stored, 'hires', 'h2')).toEqual({ name: 'made offline' });
    });
  });

  it('stores the document so that it outlives the server process', async () => {
    const manager = await registerTeam(server.running.http, teamId());
    const name = `team:${manager.teamId}`;
    const a = server.client(name, manager.token);
    putRecord(a.doc, 'hires', 'h1', { name: 'kept' });
    await eventually(() => expect(isSynced(a)).toBe(true));
    a.destroy();
    await server.restart();
    const stored = await storedDoc(server.running.store, name);
    expect(stored && readRecord(stored, 'hires', 'h1')).toEqual({ name: 'kept' });
    expect(Y.encodeStateVector(stored!)).toEqual(Y.encodeStateVector(a.doc));
  });
});
