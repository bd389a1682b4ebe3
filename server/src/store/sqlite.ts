import { mkdirSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import Database from 'better-sqlite3';
import {
  invitationRefusal,
  type Device,
  type Invitation,
  type JoinResult,
  type NewDevice,
  type Role,
  type Store,
} from './store.js';

const schema = `
  CREATE TABLE IF NOT EXISTS teams (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY,
    team_id TEXT NOT NULL REFERENCES teams(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('manager', 'staff', 'peer')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_seen_at TEXT,
    revoked_at TEXT
  );
  CREATE INDEX IF NOT EXISTS devices_team ON devices(team_id);
  CREATE TABLE IF NOT EXISTS invitations (
    hash TEXT PRIMARY KEY,
    team_id TEXT NOT NULL REFERENCES teams(id),
    role TEXT NOT NULL CHECK (role IN ('manager', 'staff', 'peer')),
    created_by TEXT NOT NULL REFERENCES devices(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
  );
  CREATE TABLE IF NOT EXISTS documents (
    name TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    updated_at TEXT NOT NULL
  );
`;

interface DeviceRow {
  id: string;
  team_id: string;
  name: string;
  role: Role;
  created_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

const deviceColumns = 'id, team_id, name, role, created_at, last_seen_at, revoked_at';

function toDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    teamId: row.team_id,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
  };
}

/** The embedded default: one SQLite file, `sync.sqlite`, in `dataDir`. */
export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(joinPath(dataDir, 'sync.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(schema);

  const insertDevice = db.prepare<[string, string, string, Role, string, string], DeviceRow>(
    `INSERT INTO devices (id, team_id, name, role, token_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?) RETURNING ${deviceColumns}`,
  );
  const addDevice = (teamId: string, role: Role, device: NewDevice): Device => {
    const row = insertDevice.get(
      device.id,
      teamId,
      device.name,
      role,
      device.tokenHash,
      device.createdAt,
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return toDevice(row);
  };

  const registerTeam = db.transaction((teamId: string, manager: NewDevice): boolean => {
    const inserted = db
      .prepare('INSERT INTO teams (id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING')
      .run(teamId, manager.createdAt);
    if (inserted.changes === 0) return false;
    addDevice(teamId, 'manager', manager);
    return true;
  });

  const joinTeam = db.transaction((invitationHash: string, device: NewDevice): JoinResult => {
    const now = device.createdAt;
    const consumed = db
      .prepare<[string, string, string], { team_id: string; role: Role }>(
        `UPDATE invitations SET used_at = ? WHERE hash = ? AND used_at IS NULL AND expires_at > ?
         RETURNING team_id, role`,
      )
      .get(now, invitationHash, now);
    if (!consumed) {
      const invitation = db
        .prepare<[string], { expiresAt: string; usedAt: string | null }>(
          'SELECT expires_at AS expiresAt, used_at AS usedAt FROM invitations WHERE hash = ?',
        )
        .get(invitationHash);
      return { ok: false, reason: invitationRefusal(invitation, now) };
    }
    return { ok: true, device: addDevice(consumed.team_id, consumed.role, device) };
  });

  return {
    kind: 'sqlite',
    async registerTeam(teamId, manager) {
      return registerTeam(teamId, manager);
    },
    async addInvitation(invitation: Invitation) {
      db.prepare(
        `INSERT INTO invitations (hash, team_id, role, created_by, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        invitation.hash,
        invitation.teamId,
        invitation.role,
        invitation.createdBy,
        invitation.createdAt,
        invitation.expiresAt,
      );
    },
    async join(invitationHash, device) {
      return joinTeam(invitationHash, device);
    },
    async deviceByTokenHash(tokenHash) {
      const row = db
        .prepare<[string], DeviceRow>(`SELECT ${deviceColumns} FROM devices WHERE token_hash = ?`)
        .get(tokenHash);
      return row && toDevice(row);
    },
    async devices(teamId) {
      return db
        .prepare<[string], DeviceRow>(
          `SELECT ${deviceColumns} FROM devices WHERE team_id = ? ORDER BY created_at, id`,
        )
        .all(teamId)
        .map(toDevice);
    },
    async revokeDevice(teamId, deviceId, at) {
      const row = db
        .prepare<[string, string, string], DeviceRow>(
          `UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND team_id = ?
           RETURNING ${deviceColumns}`,
        )
        .get(at, deviceId, teamId);
      return row && toDevice(row);
    },
    async markSeen(deviceId, at) {
      db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(at, deviceId);
    },
    async loadDocument(name) {
      const row = db
        .prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?')
        .get(name);
      return row && new Uint8Array(row.state);
    },
    async saveDocument(name, state, at) {
      db.prepare(
        `INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      ).run(name, Buffer.from(state), at);
    },
    async close() {
      db.close();
    },
  };
}
