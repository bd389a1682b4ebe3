// The sync server's HTTP API (server/src/api.ts). No sync code: plain fetch.

export type DeviceRole = 'manager' | 'staff' | 'peer';
/** The roles an invitation can give; a peer device comes from a peer link instead. */
export type InvitationRole = Exclude<DeviceRole, 'peer'>;

/** A device's access to a team, as the server issued it. */
export interface DeviceAccess {
  teamId: string;
  deviceId: string;
  token: string;
  role: DeviceRole;
}

export interface Invitation {
  invitation: string;
  role: InvitationRole;
  expiresAt: string;
}

export interface TeamDevice {
  deviceId: string;
  name: string;
  role: DeviceRole;
  /** The hire a peer link shows; null for every other device. */
  hireId: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/** A peer worker's live link: a read-only device token for one hire's status document. */
export interface PeerLink {
  deviceId: string;
  token: string;
  hireId: string;
  role: 'peer';
}

/** One line of the server's access log: who opened or changed which document when (no content). */
export interface AccessLogEntry {
  at: string;
  teamId: string;
  /** The hire of a status document; null for the team's and the private document. */
  hireId: string | null;
  document: 'team' | 'private' | 'status';
  deviceId: string;
  deviceName: string;
  role: DeviceRole;
  action: 'open' | 'change' | 'revoke' | 'delete-hire';
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

export function createInvitation(base: string, access: DeviceAccess, role: InvitationRole) {
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

/** A new live link for the hire; the server revokes the hire's earlier link. */
export function createPeerLink(base: string, access: DeviceAccess, hireId: string) {
  return call<PeerLink>(base, `${team(access.teamId)}/peer-links`, {
    method: 'POST',
    token: access.token,
    body: { hireId },
  });
}

/**
 * The team's access log, newest first; with `hireId`, that hire's status entries and every
 * team and private document entry (those documents hold every hire's data).
 */
export async function accessLog(
  base: string,
  access: DeviceAccess,
  hireId?: string,
): Promise<AccessLogEntry[]> {
  const query = hireId === undefined ? '' : `?hireId=${encodeURIComponent(hireId)}`;
  const { entries } = await call<{ entries: AccessLogEntry[] }>(
    base,
    `${team(access.teamId)}/access-log${query}`,
    { token: access.token },
  );
  return entries;
}

/** Deletes the hire's status document on the server and revokes its peer links. */
export async function deleteHireOnServer(
  base: string,
  access: DeviceAccess,
  hireId: string,
): Promise<void> {
  await call<null>(base, `${team(access.teamId)}/hires/${encodeURIComponent(hireId)}`, {
    method: 'DELETE',
    token: access.token,
  });
}
