import type { DocumentKind } from '../documents.js';

/**
 * What the server keeps: teams, their devices (with the SHA-256 hash of each device's token,
 * never the token), one-time invitations (hashed too), the Yjs documents' encoded state and
 * the access log (who opened or changed which document when, never what).
 * Two implementations: SQLite (the default, a file in DATA_DIR) and PostgreSQL (DATABASE_URL).
 * Times are ISO 8601 strings in UTC.
 */
export const roles = ['manager', 'staff', 'peer'] as const;
export type Role = (typeof roles)[number];

export interface Device {
  id: string;
  teamId: string;
  name: string;
  role: Role;
  /** The hire a peer link shows; null for every other device. */
  hireId: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

export interface NewDevice {
  id: string;
  name: string;
  tokenHash: string;
  createdAt: string;
}

export interface Invitation {
  hash: string;
  teamId: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}

export type JoinResult =
  | { ok: true; device: Device }
  | { ok: false; reason: 'invitation-unknown' | 'invitation-used' | 'invitation-expired' };

export type AccessAction = 'open' | 'change' | 'revoke' | 'delete-hire';

/**
 * One line of the access log. `open` and `change`: the device that did it. `revoke`: the
 * device whose access ended (a peer link's hire and `status`, else `team`). `delete-hire`: the
 * manager's device.
 */
export interface AccessLogEntry {
  at: string;
  teamId: string;
  /** The hire of a status document; null for the team's and the private document. */
  hireId: string | null;
  document: DocumentKind;
  deviceId: string;
  deviceName: string;
  role: Role;
  action: AccessAction;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Registers the team with `manager` as its first, manager device; false if it exists. */
  registerTeam(teamId: string, manager: NewDevice): Promise<boolean>;
  addInvitation(invitation: Invitation): Promise<void>;
  /** Consumes the invitation and adds the device in one transaction, so it works only once. */
  join(invitationHash: string, device: NewDevice): Promise<JoinResult>;
  deviceByTokenHash(tokenHash: string): Promise<Device | undefined>;
  devices(teamId: string): Promise<Device[]>;
  /**
   * Adds the hire's peer link device and revokes the hire's earlier ones (returned, so their
   * connections can be closed) in one transaction: one live link per hire.
   */
  addPeerDevice(
    teamId: string,
    hireId: string,
    device: NewDevice,
  ): Promise<{ device: Device; revoked: Device[] }>;
  /** Revokes the team's device (keeping the first revocation time); undefined if not found. */
  revokeDevice(teamId: string, deviceId: string, at: string): Promise<Device | undefined>;
  /** Revokes the hire's live peer devices; returns them. */
  revokePeerDevices(teamId: string, hireId: string, at: string): Promise<Device[]>;
  markSeen(deviceId: string, at: string): Promise<void>;
  loadDocument(name: string): Promise<Uint8Array | undefined>;
  /** Stores the document's whole state; PostgreSQL merges it into the state stored before. */
  saveDocument(name: string, state: Uint8Array, at: string): Promise<void>;
  deleteDocument(name: string): Promise<void>;
  addAccessEntry(entry: AccessLogEntry): Promise<void>;
  /**
   * The team's access log, newest first. With `hireId`: that hire's status document's entries
   * and every team and private document entry (those documents hold every hire's data).
   */
  accessLog(teamId: string, hireId?: string): Promise<AccessLogEntry[]>;
  /** Deletes the entries older than `before`; returns how many. */
  purgeAccessLog(before: string): Promise<number>;
  close(): Promise<void>;
}

/** The reason an invitation that was not consumed cannot be. */
export function invitationRefusal(
  invitation: { expiresAt: string; usedAt: string | null } | undefined,
  now: string,
): 'invitation-unknown' | 'invitation-used' | 'invitation-expired' {
  if (!invitation) return 'invitation-unknown';
  if (invitation.usedAt !== null) return 'invitation-used';
  return invitation.expiresAt <= now ? 'invitation-expired' : 'invitation-unknown';
}
