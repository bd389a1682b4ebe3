import { db } from './db';
import { LINK_PREFIX, readTeamSyncLink, type TeamSyncLink } from './syncLink';
import {
  connectTeam,
  publishTeamStatus,
  type SyncBridge,
  type SyncStatus,
  type TeamConnection,
} from './sync';
import { runningBridge, stopRunningBridge } from './runningBridge';
import { deleteAllData } from './device';
import { createBackup, importBackup } from './backup';
import { renameTeam } from './teams';
import {
  accessLog,
  createInvitation,
  createPeerLink,
  joinByInvitation,
  listDevices,
  registerTeam,
  revokeDevice,
  serverSocketUrl,
  SyncServerError,
  type AccessLogEntry,
  type InvitationRole,
  type Invitation,
  type PeerLink,
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
/** Each shared team's status publisher (the peer worker's live status), by team. */
const publishers = new Map<string, Promise<() => void>>();
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
  void publishers.get(link.teamId)?.then((stop) => stop());
  const url = serverSocketUrl(link.server);
  const connection = await connectTeam({ url, teamId: link.teamId, token: link.token, bridge });
  connections.set(link.teamId, connection);
  const publisher = publishTeamStatus({
    url,
    teamId: link.teamId,
    token: link.token,
    team: connection,
  });
  publishers.set(link.teamId, publisher);
  publisher.catch((error: unknown) => console.error(error));
  const publish = (status: SyncStatus) => {
    statuses.set(link.teamId, status);
    listeners.forEach((listener) => listener());
  };
  publish(connection.status());
  connection.subscribe(publish);
  return connection;
}

/**
 * Deletes all data on this device. Sync stops first: every team's connection closes and the
 * bridge stops, so nothing deleted here is sent to the server or arrives again from it.
 */
export async function deleteAllDataAndStopSync(): Promise<void> {
  for (const connection of connections.values()) connection.close();
  connections.clear();
  // The status publishers write the hires' status documents: they stop with the rest.
  // One that failed to start has nothing to stop.
  const stops = await Promise.all([...publishers.values()].map((p) => p.catch(() => () => {})));
  stops.forEach((stop) => stop());
  publishers.clear();
  statuses.clear();
  listeners.forEach((listener) => listener());
  await stopRunningBridge();
  await deleteAllData();
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

/**
 * When the server already knows the team (an earlier attempt registered it, but its answer
 * never arrived, so this device holds no token for it): shares a copy under new ids, with
 * the backup's "add as new teams" remapping, and resolves to the copy's id.
 */
export async function shareTeamAsCopy(
  teamId: string,
  copyName: (name: string) => string,
  server: string,
  deviceName: string,
): Promise<string> {
  const before = new Set(await db.teams.toCollection().primaryKeys());
  await importBackup(await createBackup({ kind: 'team', teamId }), 'add');
  const copyId = (await db.teams.toCollection().primaryKeys()).find((id) => !before.has(id));
  if (!copyId) throw new SyncServerError('team-missing');
  const copy = await db.teams.get(copyId);
  await renameTeam(copyId, copyName(copy?.name ?? ''));
  await shareTeam(copyId, server, deviceName);
  return copyId;
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

/** What the server logged about a hire: its status document, and the team's documents. */
export async function hireAccessLog(teamId: string, hireId: string): Promise<AccessLogEntry[]> {
  const link = await managerLink(teamId);
  return accessLog(link.server, link, hireId);
}

export async function revokeTeamDevice(teamId: string, deviceId: string): Promise<void> {
  const link = await managerLink(teamId);
  await revokeDevice(link.server, link, deviceId);
}

/** A new live link for the hire's peer worker; the server revokes the hire's earlier one. */
export async function makePeerLink(teamId: string, hireId: string): Promise<PeerLink> {
  const link = await managerLink(teamId);
  return createPeerLink(link.server, link, hireId);
}

/** The hire's live link that still works (its peer device), or null. */
export async function livePeerDevice(teamId: string, hireId: string): Promise<TeamDevice | null> {
  const devices = await teamDevices(teamId);
  return (
    devices.find(
      (device) => device.role === 'peer' && device.hireId === hireId && !device.revokedAt,
    ) ?? null
  );
}
