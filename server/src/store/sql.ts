import type { AccessLogEntry, Device, Invitation, NewDevice, Role } from './store.js';

/**
 * What the SQLite and the PostgreSQL store share: the tables, the statements (written with
 * `?` placeholders; the PostgreSQL store numbers them) and the mapping of rows. Each store
 * keeps only what differs: column types, transactions, the document merge.
 */
export function schema(types: { time: string; bytes: string; serial: string }): string {
  const { time, bytes, serial } = types;
  return `
  CREATE TABLE IF NOT EXISTS teams (
    id TEXT PRIMARY KEY,
    created_at ${time} NOT NULL
  );
  CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY,
    team_id TEXT NOT NULL REFERENCES teams(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('manager', 'staff', 'peer')),
    hire_id TEXT,
    token_hash TEXT NOT NULL UNIQUE,
    created_at ${time} NOT NULL,
    last_seen_at ${time},
    revoked_at ${time}
  );
  CREATE INDEX IF NOT EXISTS devices_team ON devices(team_id);
  CREATE TABLE IF NOT EXISTS invitations (
    hash TEXT PRIMARY KEY,
    team_id TEXT NOT NULL REFERENCES teams(id),
    role TEXT NOT NULL CHECK (role IN ('manager', 'staff', 'peer')),
    created_by TEXT NOT NULL REFERENCES devices(id),
    created_at ${time} NOT NULL,
    expires_at ${time} NOT NULL,
    used_at ${time}
  );
  CREATE TABLE IF NOT EXISTS documents (
    name TEXT PRIMARY KEY,
    state ${bytes} NOT NULL,
    updated_at ${time} NOT NULL
  );
  CREATE TABLE IF NOT EXISTS access_log (
    id ${serial},
    at ${time} NOT NULL,
    team_id TEXT NOT NULL,
    hire_id TEXT,
    document TEXT NOT NULL,
    device_id TEXT NOT NULL,
    device_name TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS access_log_team ON access_log(team_id, at);
  CREATE INDEX IF NOT EXISTS access_log_at ON access_log(at);
`;
}

const deviceColumns = 'id, team_id, name, role, hire_id, created_at, last_seen_at, revoked_at';
const accessColumns = 'at, team_id, hire_id, document, device_id, device_name, role, action';

export const statements = {
  insertTeam: 'INSERT INTO teams (id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  insertDevice: `INSERT INTO devices (id, team_id, name, role, hire_id, token_hash, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING ${deviceColumns}`,
  insertInvitation: `INSERT INTO invitations (hash, team_id, role, created_by, created_at, expires_at)
    VALUES (?, ?, ?, ?, ?, ?)`,
  /** Parameters: now, hash, now. */
  consumeInvitation: `UPDATE invitations SET used_at = ?
    WHERE hash = ? AND used_at IS NULL AND expires_at > ? RETURNING team_id, role`,
  invitation: 'SELECT expires_at, used_at FROM invitations WHERE hash = ?',
  deviceByTokenHash: `SELECT ${deviceColumns} FROM devices WHERE token_hash = ?`,
  devices: `SELECT ${deviceColumns} FROM devices WHERE team_id = ? ORDER BY created_at, id`,
  revokeDevice: `UPDATE devices SET revoked_at = COALESCE(revoked_at, ?)
    WHERE id = ? AND team_id = ? RETURNING ${deviceColumns}`,
  revokePeerDevices: `UPDATE devices SET revoked_at = ?
    WHERE team_id = ? AND hire_id = ? AND role = 'peer' AND revoked_at IS NULL
    RETURNING ${deviceColumns}`,
  markSeen: 'UPDATE devices SET last_seen_at = ? WHERE id = ?',
  loadDocument: 'SELECT state FROM documents WHERE name = ?',
  saveDocument: `INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  deleteDocument: 'DELETE FROM documents WHERE name = ?',
  insertAccessEntry: `INSERT INTO access_log (${accessColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  accessLog: `SELECT ${accessColumns} FROM access_log WHERE team_id = ? ORDER BY at DESC, id DESC`,
  /** Parameters: team, hire. */
  accessLogOfHire: `SELECT ${accessColumns} FROM access_log
    WHERE team_id = ? AND (hire_id = ? OR document IN ('team', 'private'))
    ORDER BY at DESC, id DESC`,
  purgeAccessLog: 'DELETE FROM access_log WHERE at < ?',
} as const;

/** A row of `devices`; `Time` is how the driver returns a time (SQLite text, PostgreSQL Date). */
export interface DeviceRow<Time> {
  id: string;
  team_id: string;
  name: string;
  role: Role;
  hire_id: string | null;
  created_at: Time;
  last_seen_at: Time | null;
  revoked_at: Time | null;
}

export interface AccessRow<Time> {
  at: Time;
  team_id: string;
  hire_id: string | null;
  document: AccessLogEntry['document'];
  device_id: string;
  device_name: string;
  role: Role;
  action: AccessLogEntry['action'];
}

export interface InvitationRow<Time> {
  expires_at: Time;
  used_at: Time | null;
}

/** Maps rows to the store's types, given how the driver's times become ISO strings. */
export function rowMappers<Time>(iso: (time: Time) => string) {
  const isoOrNull = (time: Time | null) => (time === null ? null : iso(time));
  return {
    device: (row: DeviceRow<Time>): Device => ({
      id: row.id,
      teamId: row.team_id,
      name: row.name,
      role: row.role,
      hireId: row.hire_id,
      createdAt: iso(row.created_at),
      lastSeenAt: isoOrNull(row.last_seen_at),
      revokedAt: isoOrNull(row.revoked_at),
    }),
    accessEntry: (row: AccessRow<Time>): AccessLogEntry => ({
      at: iso(row.at),
      teamId: row.team_id,
      hireId: row.hire_id,
      document: row.document,
      deviceId: row.device_id,
      deviceName: row.device_name,
      role: row.role,
      action: row.action,
    }),
    invitation: (row: InvitationRow<Time>) => ({
      expiresAt: iso(row.expires_at),
      usedAt: isoOrNull(row.used_at),
    }),
  };
}

/** The parameters of `insertDevice`. */
export function deviceParameters(
  teamId: string,
  role: Role,
  hireId: string | null,
  device: NewDevice,
) {
  return [device.id, teamId, device.name, role, hireId, device.tokenHash, device.createdAt];
}

/** The parameters of `insertAccessEntry`. */
export function accessParameters(entry: AccessLogEntry) {
  return [
    entry.at,
    entry.teamId,
    entry.hireId,
    entry.document,
    entry.deviceId,
    entry.deviceName,
    entry.role,
    entry.action,
  ];
}

/** Which statement `Store.accessLog` runs, and its parameters. */
export function accessLogQuery(teamId: string, hireId: string | undefined) {
  return hireId === undefined
    ? { statement: 'accessLog' as const, parameters: [teamId] }
    : { statement: 'accessLogOfHire' as const, parameters: [teamId, hireId] };
}

/** The parameters of `insertInvitation`. */
export function invitationParameters(invitation: Invitation) {
  const { hash, teamId, role, createdBy, createdAt, expiresAt } = invitation;
  return [hash, teamId, role, createdBy, createdAt, expiresAt];
}
