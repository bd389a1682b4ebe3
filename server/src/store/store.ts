/**
 * What the server keeps: teams, their devices (with the SHA-256 hash of each device's token,
 * never the token), one-time invitations (hashed too) and the Yjs documents' encoded state.
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

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Registers the team with `manager` as its first, manager device; false if it exists. */
  registerTeam(teamId: string, manager: NewDevice): Promise<boolean>;
  addInvitation(invitation: Invitation): Promise<void>;
  /** Consumes the invitation and adds the device in one transaction, so it works only once. */
  join(invitationHash: string, device: NewDevice): Promise<JoinResult>;
  deviceByTokenHash(tokenHash: string): Promise<Device | undefined>;
  devices(teamId: string): Promise<Device[]>;
  /** Revokes the team's device (keeping the first revocation time); undefined if not found. */
  revokeDevice(teamId: string, deviceId: string, at: string): Promise<Device | undefined>;
  markSeen(deviceId: string, at: string): Promise<void>;
  loadDocument(name: string): Promise<Uint8Array | undefined>;
  /** Stores the document's whole state; PostgreSQL merges it into the state stored before. */
  saveDocument(name: string, state: Uint8Array, at: string): Promise<void>;
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
