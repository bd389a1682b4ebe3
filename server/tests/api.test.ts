import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, invite, joinTeam, registerTeam, serverForEachTest, storeKind } from './support.js';

const day = 24 * 60 * 60 * 1000;

describe(`the HTTP API (${storeKind})`, () => {
  let clock: Date;
  beforeEach(() => {
    clock = new Date('2027-02-01T09:00:00.000Z');
  });
  const server = serverForEachTest(() => ({ now: () => clock }));

  it('answers /health with the store in use', async () => {
    const answer = await call(server.running.http, 'GET', '/health');
    expect(answer).toMatchObject({ status: 200, body: { status: 'ok', store: storeKind } });
  });

  it('registers a team once, its device becoming the manager device', async () => {
    const teamId = randomUUID();
    const first = await call(server.running.http, 'POST', '/api/teams', {
      body: { teamId, deviceName: 'Lederens pc' },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ teamId, role: 'manager' });
    expect(first.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const again = await call(server.running.http, 'POST', '/api/teams', {
      body: { teamId, deviceName: 'En anden pc' },
    });
    expect(again).toMatchObject({ status: 409, body: { error: 'team-exists' } });
  });

  it('refuses bad bodies and unknown routes with an error code', async () => {
    const noName = await call(server.running.http, 'POST', '/api/teams', { body: { teamId: 'x' } });
    expect(noName).toMatchObject({ status: 400, body: { error: 'invalid-body' } });
    const badId = await call(server.running.http, 'POST', '/api/teams', {
      body: { teamId: 'a/b', deviceName: 'pc' },
    });
    expect(badId).toMatchObject({ status: 400, body: { error: 'invalid-body' } });
    const broken = await fetch(`${server.running.http}/api/join`, {
      method: 'POST',
      body: '{"invit',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: 'invalid-json' });
    expect(await call(server.running.http, 'GET', '/api/nothing')).toMatchObject({
      status: 404,
      body: { error: 'not-found' },
    });
    expect(await call(server.running.http, 'GET', '/api/join')).toMatchObject({
      status: 405,
      body: { error: 'method-not-allowed' },
    });
  });

  it('joins by a one-time invitation with the role the manager chose', async () => {
    const manager = await registerTeam(server.running.http, randomUUID());
    const invitation = await invite(server.running.http, manager, 'manager');
    const joined = await call(server.running.http, 'POST', '/api/join', {
      body: { invitation, deviceName: 'Tablet' },
    });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ teamId: manager.teamId, role: 'manager' });
    expect(joined.body.token).not.toBe(manager.token);

    const reused = await call(server.running.http, 'POST', '/api/join', {
      body: { invitation, deviceName: 'Another' },
    });
    expect(reused).toMatchObject({ status: 410, body: { error: 'invitation-used' } });
    const unknown = await call(server.running.http, 'POST', '/api/join', {
      body: { invitation: 'made-up', deviceName: 'Another' },
    });
    expect(unknown).toMatchObject({ status: 404, body: { error: 'invitation-unknown' } });
  });

  it('lets an invitation be used by only one of two devices joining at once', async () => {
    const manager = await registerTeam(server.running.http, randomUUID());
    const invitation = await invite(server.running.http, manager);
    const answers = await Promise.all(
      ['one', 'two', 'three'].map((deviceName) =>
        call(server.running.http, 'POST', '/api/join', { body: { invitation, deviceName } }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 410, 410]);
  });

  it('refuses an invitation after 7 days', async () => {
    const manager = await registerTeam(server.running.http, randomUUID());
    const answer = await call(
      server.running.http,
      'POST',
      `/api/teams/${manager.teamId}/invitations`,
      {
        token: manager.token,
        body: { role: 'staff' },
      },
    );
    expect(answer.body.expiresAt).toBe('2027-02-08T09:00:00.000Z');

    clock = new Date(clock.getTime() + 7 * day);
    const late = await call(server.running.http, 'POST', '/api/join', {
      body: { invitation: answer.body.invitation, deviceName: 'Late' },
    });
    expect(late).toMatchObject({ status: 410, body: { error: 'invitation-expired' } });
  });

  it('lets only the manager of the team invite, list and revoke', async () => {
    const manager = await registerTeam(server.running.http, randomUUID());
    const staff = await joinTeam(server.running.http, manager);
    const otherTeam = await registerTeam(server.running.http, randomUUID());
    const invitations = `/api/teams/${manager.teamId}/invitations`;
    const devices = `/api/teams/${manager.teamId}/devices`;

    const requests = [
      { method: 'POST', path: invitations, body: { role: 'staff' } },
      { method: 'GET', path: devices },
      { method: 'DELETE', path: `${devices}/${manager.deviceId}` },
    ];
    for (const { method, path, body } of requests) {
      expect(await call(server.running.http, method, path, { body })).toMatchObject({
        status: 401,
        body: { error: 'unauthorized' },
      });
      for (const token of [staff.token, otherTeam.token]) {
        expect(await call(server.running.http, method, path, { body, token })).toMatchObject({
          status: 403,
          body: { error: 'forbidden' },
        });
      }
    }
    const peerInvitation = await call(server.running.http, 'POST', invitations, {
      token: manager.token,
      body: { role: 'peer' },
    });
    expect(peerInvitation).toMatchObject({ status: 400, body: { error: 'invalid-body' } });
  });

  it('lists the devices and revokes one, whose token then stops working', async () => {
    const manager = await registerTeam(server.running.http, randomUUID());
    clock = new Date(clock.getTime() + day);
    const staff = await joinTeam(server.running.http, manager);
    const devices = `/api/teams/${manager.teamId}/devices`;

    const listed = await call(server.running.http, 'GET', devices, { token: manager.token });
    expect(listed.status).toBe(200);
    expect(listed.body.devices).toEqual([
      {
        deviceId: manager.deviceId,
        name: 'Lederens pc',
        role: 'manager',
        hireId: null,
        createdAt: '2027-02-01T09:00:00.000Z',
        lastSeenAt: null,
        revokedAt: null,
      },
      {
        deviceId: staff.deviceId,
        name: 'Tovholderens pc',
        role: 'staff',
        hireId: null,
        createdAt: '2027-02-02T09:00:00.000Z',
        lastSeenAt: null,
        revokedAt: null,
      },
    ]);

    const own = await call(server.running.http, 'DELETE', `${devices}/${manager.deviceId}`, {
      token: manager.token,
    });
    expect(own).toMatchObject({ status: 409, body: { error: 'own-device' } });
    const missing = await call(server.running.http, 'DELETE', `${devices}/${randomUUID()}`, {
      token: manager.token,
    });
    expect(missing).toMatchObject({ status: 404, body: { error: 'device-not-found' } });

    const revoked = await call(server.running.http, 'DELETE', `${devices}/${staff.deviceId}`, {
      token: manager.token,
    });
    expect(revoked).toMatchObject({
      status: 200,
      body: { deviceId: staff.deviceId, revokedAt: '2027-02-02T09:00:00.000Z' },
    });

    const promoted = await joinTeam(server.running.http, manager, 'manager');
    const asRevoked = await call(server.running.http, 'GET', devices, { token: staff.token });
    expect(asRevoked).toMatchObject({ status: 401, body: { error: 'token-revoked' } });
    const byOther = await call(server.running.http, 'GET', devices, { token: promoted.token });
    expect(byOther.status).toBe(200);
  });

  it("answers the app's origin with CORS headers, and no other origin", async () => {
    const preflight = await fetch(`${server.running.http}/api/teams`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://app.test',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://app.test');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);

    const health = await call(server.running.http, 'GET', '/health', {
      headers: { Origin: 'http://elsewhere.test' },
    });
    expect(health.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never writes a token or an invitation to the log', async () => {
    const manager = await registerTeam(server.running.http, randomUUID());
    const invitation = await invite(server.running.http, manager);
    const joined = await call(server.running.http, 'POST', '/api/join', {
      body: { invitation, deviceName: 'pc' },
    });
    await call(server.running.http, 'POST', '/api/join', {
      body: { invitation, deviceName: 'pc' },
    });
    const text = server.running.logText();
    expect(text).toContain('device-joined');
    expect(text).toContain('join-refused');
    for (const secret of [manager.token, invitation, joined.body.token as string]) {
      expect(text).not.toContain(secret);
    }
  });
});
