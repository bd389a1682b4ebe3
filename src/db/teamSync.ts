import { db } from './db';
import { connectTeam, type SyncBridge, type SyncStatus, type TeamConnection } from './sync';
import { runningBridge } from './runningBridge';
import { LINK_PREFIX, readTeamSyncLink, type TeamSyncLink } from './syncLink';
import {
  createInvitation,
  joinByInvitation,
  listDevices,
  registerTeam,
  revokeDevice,
  serverSocketUrl,
  SyncServerError,
  type InvitationRole,
  type Invitation,
  type TeamDevice,
} from './syncServer';

export type { TeamSyncLink } from './syncLink';

const SERVER_KEY = 'syncServer';
const DEVICE_NAME_KEY = 'syncDeviceName';

export function getTeamSyncLink(teamId: string): Promise<TeamSyncLink | null> {
  return readTeamSyncLink(db, teamId);
}

/** Whether any team on this device is shared (a restore then reaches other devices too). */
export async function anyTeamShared(): Promise<boolean> {
  return (await db.syncedTeams.count()) > 0;
}

/** The server address and device name typed last time, to fill in the next form. */
export async function rememberedSyncDetails(): Promise<{ server: string; deviceName: string }> {
  const [server, deviceName] = await db.device.bulkGet([SERVER_KEY, DEVICE_NAME_KEY]);
  return {
    server: (server?.value as string | undefined) ?? '',
    deviceName: (deviceName?.value as string | undefined) ?? '',
  };
}

async function saveLink(link: TeamSyncLink, deviceName: string): Promise<void> {
  await db.device.bulkPut([
    { key: LINK_PREFIX + link.teamId, value: link },
    { key: SERVER_KEY, value: link.server },
    { key: DEVICE_NAME_KEY, value: deviceName },
  ]);
}

// Each shared team's connection and its latest status, for the screens to show.
const connections = new Map<string, TeamConnection>();
const statuses = new Map<string, SyncStatus>();
const listeners = new Set<() => void>();

export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The team's status on this device; null while it is not connected (or not shared). */
export function syncStatusOfTeam(teamId: string): SyncStatus | null {
  return statuses.get(teamId) ?? null;
}

async function connect(link: TeamSyncLink, bridge: SyncBridge): Promise<TeamConnection> {
  connections.get(link.teamId)?.close();
  const connection = await connectTeam({
    url: serverSocketUrl(link.server),
    teamId: link.teamId,
    token: link.token,
    bridge,
  });
  connections.set(link.teamId, connection);
  const publish = (status: SyncStatus) => {
    statuses.set(link.teamId, status);
    listeners.forEach((listener) => listener());
  };
  publish(connection.status());
  connection.subscribe(publish);
  return connection;
}

/** At start-up: connects every team this device shares. */
export async function connectSharedTeams(bridge: SyncBridge): Promise<void> {
  const teams = await db.syncedTeams.toArray();
  const links = await Promise.all(teams.map(({ teamId }) => getTeamSyncLink(teamId)));
  await Promise.all(links.flatMap((link) => (link ? [connect(link, bridge)] : [])));
}

/**
 * Registers the team on the server, with this device as its manager device, and starts
 * keeping it in step there.
 */
export async function shareTeam(teamId: string, server: string, deviceName: string) {
  const access = await registerTeam(server, teamId, deviceName);
  const link = { ...access, server };
  await saveLink(link, deviceName);
  const bridge = await runningBridge(db);
  await bridge.shareTeam(teamId);
  await connect(link, bridge);
}

/** Resolves once the server has sent the team's document and it is stored here. */
function arrival(connection: TeamConnection): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (status: SyncStatus) => {
      if (status.state === 'refused') reject(new SyncServerError(status.reason));
      else if (status.state === 'synced') resolve();
      else return;
      stop();
    };
    const stop = connection.subscribe(check);
    check(connection.status());
  });
}

/**
 * Joins a team by an invitation: the server issues this device's token, and the team
 * arrives from the server. Resolves to the team's id once it is stored on this device.
 */
export async function joinTeam(
  server: string,
  invitation: string,
  deviceName: string,
): Promise<string> {
  const access = await joinByInvitation(server, invitation, deviceName);
  const link = { ...access, server };
  await saveLink(link, deviceName);
  const bridge = await runningBridge(db);
  await bridge.joinTeam(access.teamId);
  await arrival(await connect(link, bridge));
  await bridge.idle();
  if (!(await db.teams.get(access.teamId))) throw new SyncServerError('team-missing');
  return access.teamId;
}

async function managerLink(teamId: string): Promise<TeamSyncLink> {
  const link = await getTeamSyncLink(teamId);
  if (!link) throw new SyncServerError('not-shared');
  return link;
}

export async function inviteDevice(teamId: string, role: InvitationRole): Promise<Invitation> {
  const link = await managerLink(teamId);
  return createInvitation(link.server, link, role);
}

export async function teamDevices(teamId: string): Promise<TeamDevice[]> {
  const link = await managerLink(teamId);
  return listDevices(link.server, link);
}

export async function revokeTeamDevice(teamId: string, deviceId: string): Promise<void> {
  const link = await managerLink(teamId);
  await revokeDevice(link.server, link, deviceId);
}
