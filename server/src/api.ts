import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { AccessLog } from './accessLog.js';
import { statusDocumentName, teamIdPattern, type DocumentRef } from './documents.js';
import { allowOrigin, bearerToken, HttpError, readJson, sendJson } from './http.js';
import type { Logger } from './log.js';
import { hashSecret, newSecret } from './secrets.js';
import type { Device, NewDevice, Role, Store } from './store/store.js';

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

const deviceName = z.string().trim().min(1).max(100);
const teamId = z.string().regex(teamIdPattern);
const hireId = z.string().regex(teamIdPattern);

const bodies = {
  registerTeam: z.object({ teamId, deviceName }),
  invite: z.object({ role: z.enum(['manager', 'staff']) }),
  join: z.object({ invitation: z.string().min(1).max(200), deviceName }),
  peerLink: z.object({ hireId, name: deviceName.optional() }),
};

/** A peer link's device name when the app gives none. */
const peerLinkName = 'Peer worker link';

export interface ApiContext {
  store: Store;
  log: Logger;
  now: () => Date;
  allowedOrigins: readonly string[];
  /** Closes the open sync connections of a device that was just revoked. */
  disconnectDevice: (deviceId: string) => void;
  accessLog: AccessLog;
}

type Params = Record<string, string | undefined>;
type Handler = (request: IncomingMessage, params: Params) => Promise<[number, unknown]>;
interface Route {
  method: string;
  path: RegExp;
  handle: Handler;
}

/** A named group of the route's path pattern; every route's groups are required. */
function param(params: Params, name: string): string {
  const value = params[name];
  if (value === undefined) throw new HttpError(404, 'not-found');
  return value;
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, 'invalid-body');
  return parsed.data;
}

function publicDevice(device: Device) {
  return {
    deviceId: device.id,
    name: device.name,
    role: device.role,
    hireId: device.hireId,
    createdAt: device.createdAt,
    lastSeenAt: device.lastSeenAt,
    revokedAt: device.revokedAt,
  };
}

/** The routes of the JSON API; sync itself goes over the WebSocket on the same port. */
function routes(context: ApiContext): Route[] {
  const { store, log, now, accessLog } = context;

  const newDevice = (name: string): { device: NewDevice; token: string } => {
    const token = newSecret();
    const device = {
      id: randomUUID(),
      name,
      tokenHash: hashSecret(token),
      createdAt: now().toISOString(),
    };
    return { device, token };
  };

  /** The calling device, if it belongs to the team in one of the roles; otherwise it throws. */
  const deviceOf = async (
    request: IncomingMessage,
    team: string,
    roles: readonly Role[],
  ): Promise<Device> => {
    const token = bearerToken(request);
    const device = token && (await store.deviceByTokenHash(hashSecret(token)));
    if (!device) throw new HttpError(401, 'unauthorized');
    if (device.revokedAt) throw new HttpError(401, 'token-revoked');
    if (device.teamId !== team || !roles.includes(device.role)) {
      throw new HttpError(403, 'forbidden');
    }
    return device;
  };
  const managerOf = (request: IncomingMessage, team: string) =>
    deviceOf(request, team, ['manager']);

  /** Closes the connections of devices just revoked and logs that their access ended. */
  const revoked = async (devices: Device[]) => {
    for (const device of devices) {
      context.disconnectDevice(device.id);
      // A peer link's access was to its hire's status; every other device's to the team.
      const document: DocumentRef =
        device.role === 'peer' && device.hireId !== null
          ? { kind: 'status', teamId: device.teamId, hireId: device.hireId }
          : { kind: 'team', teamId: device.teamId, hireId: null };
      await accessLog.record(accessLog.entry(device, document, 'revoke'));
      log.info('device-revoked', { teamId: device.teamId, deviceId: device.id });
    }
  };

  return [
    {
      method: 'GET',
      path: /^\/health$/,
      handle: async () => [200, { status: 'ok', store: store.kind }],
    },
    {
      method: 'POST',
      path: /^\/api\/teams$/,
      handle: async (request) => {
        const body = parse(bodies.registerTeam, await readJson(request));
        const { device, token } = newDevice(body.deviceName);
        if (!(await store.registerTeam(body.teamId, device))) {
          throw new HttpError(409, 'team-exists');
        }
        log.info('team-registered', { teamId: body.teamId, deviceId: device.id });
        return [201, { teamId: body.teamId, deviceId: device.id, token, role: 'manager' }];
      },
    },
    {
      method: 'POST',
      path: /^\/api\/teams\/(?<teamId>[^/]+)\/invitations$/,
      handle: async (request, params) => {
        const manager = await managerOf(request, param(params, 'teamId'));
        const body = parse(bodies.invite, await readJson(request));
        const invitation = newSecret();
        const createdAt = now();
        const expiresAt = new Date(createdAt.getTime() + invitationLifetimeMs).toISOString();
        await store.addInvitation({
          hash: hashSecret(invitation),
          teamId: manager.teamId,
          role: body.role,
          createdBy: manager.id,
          createdAt: createdAt.toISOString(),
          expiresAt,
        });
        log.info('invitation-created', { teamId: manager.teamId, role: body.role });
        return [201, { invitation, role: body.role, expiresAt }];
      },
    },
    {
      method: 'POST',
      path: /^\/api\/join$/,
      handle: async (request) => {
        const body = parse(bodies.join, await readJson(request));
        const { device, token } = newDevice(body.deviceName);
        const joined = await store.join(hashSecret(body.invitation), device);
        if (!joined.ok) {
          log.warn('join-refused', { reason: joined.reason });
          throw new HttpError(joined.reason === 'invitation-unknown' ? 404 : 410, joined.reason);
        }
        const { teamId, id, role } = joined.device;
        log.info('device-joined', { teamId, deviceId: id, role });
        return [201, { teamId, deviceId: id, token, role }];
      },
    },
    {
      method: 'GET',
      path: /^\/api\/teams\/(?<teamId>[^/]+)\/devices$/,
      handle: async (request, params) => {
        const manager = await managerOf(request, param(params, 'teamId'));
        const devices = await store.devices(manager.teamId);
        return [200, { devices: devices.map(publicDevice) }];
      },
    },
    {
      method: 'DELETE',
      path: /^\/api\/teams\/(?<teamId>[^/]+)\/devices\/(?<deviceId>[^/]+)$/,
      handle: async (request, params) => {
        const manager = await managerOf(request, param(params, 'teamId'));
        // A manager who revoked their own device would lock themselves out of the team.
        const deviceId = param(params, 'deviceId');
        if (deviceId === manager.id) throw new HttpError(409, 'own-device');
        const at = now().toISOString();
        const device = await store.revokeDevice(manager.teamId, deviceId, at);
        if (!device) throw new HttpError(404, 'device-not-found');
        // A device revoked before had its connections closed and its revocation logged then.
        if (device.revokedAt === at) await revoked([device]);
        return [200, publicDevice(device)];
      },
    },
    {
      method: 'POST',
      path: /^\/api\/teams\/(?<teamId>[^/]+)\/peer-links$/,
      handle: async (request, params) => {
        const manager = await managerOf(request, param(params, 'teamId'));
        const body = parse(bodies.peerLink, await readJson(request));
        const { device, token } = newDevice(body.name ?? peerLinkName);
        const added = await store.addPeerDevice(manager.teamId, body.hireId, device);
        await revoked(added.revoked);
        log.info('peer-link-created', { teamId: manager.teamId, deviceId: device.id });
        return [201, { deviceId: device.id, token, hireId: body.hireId, role: 'peer' }];
      },
    },
    {
      method: 'DELETE',
      path: /^\/api\/teams\/(?<teamId>[^/]+)\/hires\/(?<hireId>[^/]+)$/,
      handle: async (request, params) => {
        // Staff may delete a hire from the team document, so they clean up its traces too.
        const member = await deviceOf(request, param(params, 'teamId'), ['manager', 'staff']);
        const hire = parse(hireId, param(params, 'hireId'));
        await revoked(await store.revokePeerDevices(member.teamId, hire, now().toISOString()));
        // A device still holding the document could send it again: the app drops the hire's
        // status document on every device with the hire itself.
        await store.deleteDocument(statusDocumentName(member.teamId, hire));
        const document = { kind: 'status', teamId: member.teamId, hireId: hire } as const;
        await accessLog.record(accessLog.entry(member, document, 'delete-hire'));
        log.info('hire-deleted', { teamId: member.teamId });
        return [204, undefined];
      },
    },
    {
      method: 'GET',
      path: /^\/api\/teams\/(?<teamId>[^/]+)\/access-log$/,
      handle: async (request, params) => {
        const manager = await managerOf(request, param(params, 'teamId'));
        const query = new URL(request.url ?? '/', 'http://server').searchParams.get('hireId');
        const hire = query === null ? undefined : parse(hireId, query);
        return [200, { entries: await store.accessLog(manager.teamId, hire) }];
      },
    },
  ];
}

/** Answers every HTTP request (the WebSocket upgrade is handled elsewhere). */
export function createApi(context: ApiContext) {
  const table = routes(context);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    allowOrigin(request, response, context.allowedOrigins);
    const path = new URL(request.url ?? '/', 'http://server').pathname;
    const matching = table.flatMap((route) => {
      const match = route.path.exec(path);
      return match ? [{ route, params: match.groups ?? {} }] : [];
    });
    try {
      if (matching.length === 0) throw new HttpError(404, 'not-found');
      if (request.method === 'OPTIONS') {
        response.writeHead(204).end();
        return;
      }
      const found = matching.find((candidate) => candidate.route.method === request.method);
      if (!found) throw new HttpError(405, 'method-not-allowed');
      const [status, body] = await found.route.handle(request, found.params);
      if (status === 204) response.writeHead(204).end();
      else sendJson(response, status, body);
    } catch (error) {
      if (error instanceof HttpError) {
        sendJson(response, error.status, { error: error.code });
        return;
      }
      context.log.error('request-failed', {
        path,
        message: error instanceof Error ? error.message : 'unknown',
      });
      sendJson(response, 500, { error: 'internal' });
    }
  };
}
