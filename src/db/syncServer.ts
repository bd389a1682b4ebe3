// The sync server's HTTP API (server/src/api.ts). No sync code: plain fetch.

export type DeviceRole = 'manager' | 'staff' | 'peer';

/** A device's access to a team, as the server issued it. */
export interface DeviceAccess {
  teamId: string;
  deviceId: string;
  token: string;
  role: DeviceRole;
}

export interface Invitation {
  invitation: string;
  role: DeviceRole;
  expiresAt: string;
}

export interface TeamDevice {
  deviceId: string;
  name: string;
  role: DeviceRole;
  /** The hire a peer device may read the status of; null for other roles. */
  hireId: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/**
 * Why a request failed: the server's error code (e.g. `invitation-used`, `token-revoked`),
 * or `unreachable` when no answer came at all.
 */
export class SyncServerError extends Error {
  constructor(readonly code: string) {
    super(`Sync server: ${code}`);
    this.name = 'SyncServerError';
  }
}

/**
 * The server's address as the user typed it, made into its base URL: `https://` is assumed
 * when no scheme is given. Null when it cannot be an address.
 */
export function serverBaseUrl(typed: string): string | null {
  const text = typed.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/** The WebSocket address of a server's documents. */
export function serverSocketUrl(base: string): string {
  return base.replace(/^http/, 'ws');
}

async function call<T>(
  base: string,
  path: string,
  { method = 'GET', token, body }: { method?: string; token?: string; body?: unknown } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new SyncServerError('unreachable');
  }
  const answer = (await response.json().catch(() => null)) as { error?: string } | null;
  if (!response.ok) throw new SyncServerError(answer?.error ?? `http-${response.status}`);
  return answer as T;
}

const team = (teamId: string) => `/api/teams/${encodeURIComponent(teamId)}`;

export function registerTeam(base: string, teamId: string, deviceName: string) {
  return call<DeviceAccess>(base, '/api/teams', {
    method: 'POST',
    body: { teamId, deviceName },
  });
}

export function createInvitation(base: string, access: DeviceAccess, role: DeviceRole) {
  return call<Invitation>(base, `${team(access.teamId)}/invitations`, {
    method: 'POST',
    token: access.token,
    body: { role },
  });
}

export function joinByInvitation(base: string, invitation: string, deviceName: string) {
  return call<DeviceAccess>(base, '/api/join', {
    method: 'POST',
    body: { invitation, deviceName },
  });
}

export async function listDevices(base: string, access: DeviceAccess): Promise<TeamDevice[]> {
  const { devices } = await call<{ devices: TeamDevice[] }>(
    base,
    `${team(access.teamId)}/devices`,
    { token: access.token },
  );
  return devices;
}

export function revokeDevice(base: string, access: DeviceAccess, deviceId: string) {
  return call<TeamDevice>(base, `${team(access.teamId)}/devices/${encodeURIComponent(deviceId)}`, {
    method: 'DELETE',
    token: access.token,
  });
}

/** A peer device's read-only access to one hire's status document. */
export interface PeerLink {
  deviceId: string;
  token: string;
  hireId: string;
  role: 'peer';
}

export function createPeerLink(base: string, access: DeviceAccess, hireId: string) {
  return call<PeerLink>(base, `${team(access.teamId)}/peer-links`, {
    method: 'POST',
    token: access.token,
    body: { hireId },
  });
}
