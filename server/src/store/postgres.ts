import pg from 'pg';
import { mergeUpdates } from 'yjs';
import type { Logger } from '../log.js';
import {
  invitationRefusal,
  type Device,
  type JoinResult,
  type NewDevice,
  type Role,
  type Store,
} from './store.js';

const schema = `
  CREATE TABLE IF NOT EXISTS teams (
    id TEXT PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL
  );
  CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY,
    team_id TEXT NOT NULL REFERENCES teams(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('manager', 'staff', 'peer')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    last_seen_at TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
  );
  CREATE INDEX IF NOT EXISTS devices_team ON devices(team_id);
  CREATE TABLE IF NOT EXISTS invitations (
    hash TEXT PRIMARY KEY,
    team_id TEXT NOT NULL REFERENCES teams(id),
    role TEXT NOT NULL CHECK (role IN ('manager', 'staff', 'peer')),
    created_by TEXT NOT NULL REFERENCES devices(id),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ
  );
  CREATE TABLE IF NOT EXISTS documents (
    name TEXT PRIMARY KEY,
    state BYTEA NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
  );
`;

/** Any constant: several server instances (or test files) may migrate at the same time. */
const schemaLock = 71_802_018;

interface DeviceRow {
  id: string;
  team_id: string;
  name: string;
  role: Role;
  created_at: Date;
  last_seen_at: Date | null;
  revoked_at: Date | null;
}

const deviceColumns = 'id, team_id, name, role, created_at, last_seen_at, revoked_at';

function toDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    teamId: row.team_id,
    name: row.name,
    role: row.role,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    // A connection lost mid-transaction (PostgreSQL restarted) cannot roll back: drop it.
    const lost = await client.query('ROLLBACK').then(
      () => undefined,
      (rollbackError: Error) => rollbackError,
    );
    client.release(lost);
    throw error;
  }
}

async function addDevice(
  client: pg.PoolClient,
  teamId: string,
  role: Role,
  device: NewDevice,
): Promise<Device> {
  const { rows } = await client.query<DeviceRow>(
    `INSERT INTO devices (id, team_id, name, role, token_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${deviceColumns}`,
    [device.id, teamId, device.name, role, device.tokenHash, device.createdAt],
  );
  const [row] = rows;
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return toDevice(row);
}

/** Production storage: PostgreSQL at `connectionString` (a URL; a Unix socket via `?host=`). */
export async function openPostgresStore(connectionString: string, log: Logger): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection that drops (PostgreSQL restarted) must not stop the server; the pool
  // opens a new one for the next query.
  pool.on('error', (error) => log.warn('database-connection-lost', { message: error.message }));
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [schemaLock]);
    await client.query(schema);
  });

  return {
    kind: 'postgres',
    registerTeam(teamId, manager) {
      return inTransaction(pool, async (client) => {
        const inserted = await client.query(
          'INSERT INTO teams (id, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
          [teamId, manager.createdAt],
        );
        if (inserted.rowCount === 0) return false;
        await addDevice(client, teamId, 'manager', manager);
        return true;
      });
    },
    async addInvitation(invitation) {
      await pool.query(
        `INSERT INTO invitations (hash, team_id, role, created_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          invitation.hash,
          invitation.teamId,
          invitation.role,
          invitation.createdBy,
          invitation.createdAt,
          invitation.expiresAt,
        ],
      );
    },
    join(invitationHash, device) {
      return inTransaction(pool, async (client): Promise<JoinResult> => {
        const now = device.createdAt;
        const consumed = await client.query<{ team_id: string; role: Role }>(
          `UPDATE invitations SET used_at = $1
           WHERE hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING team_id, role`,
          [now, invitationHash],
        );
        const invitation = consumed.rows[0];
        if (!invitation) {
          const found = await client.query<{ expires_at: Date; used_at: Date | null }>(
            'SELECT expires_at, used_at FROM invitations WHERE hash = $1',
            [invitationHash],
          );
          const row = found.rows[0];
          const reason = invitationRefusal(
            row && {
              expiresAt: row.expires_at.toISOString(),
              usedAt: row.used_at?.toISOString() ?? null,
            },
            now,
          );
          return { ok: false, reason };
        }
        return {
          ok: true,
          device: await addDevice(client, invitation.team_id, invitation.role, device),
        };
      });
    },
    async deviceByTokenHash(tokenHash) {
      const { rows } = await pool.query<DeviceRow>(
        `SELECT ${deviceColumns} FROM devices WHERE token_hash = $1`,
        [tokenHash],
      );
      return rows[0] && toDevice(rows[0]);
    },
    async devices(teamId) {
      const { rows } = await pool.query<DeviceRow>(
        `SELECT ${deviceColumns} FROM devices WHERE team_id = $1 ORDER BY created_at, id`,
        [teamId],
      );
      return rows.map(toDevice);
    },
    async revokeDevice(teamId, deviceId, at) {
      const { rows } = await pool.query<DeviceRow>(
        `UPDATE devices SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2 AND team_id = $3
         RETURNING ${deviceColumns}`,
        [at, deviceId, teamId],
      );
      return rows[0] && toDevice(rows[0]);
    },
    async markSeen(deviceId, at) {
      await pool.query('UPDATE devices SET last_seen_at = $1 WHERE id = $2', [at, deviceId]);
    },
    async loadDocument(name) {
      const { rows } = await pool.query<{ state: Buffer }>(
        'SELECT state FROM documents WHERE name = $1',
        [name],
      );
      return rows[0] && new Uint8Array(rows[0].state);
    },
    saveDocument(name, state, at) {
      // Several instances may store the same document at once, each its own view of it: the
      // saved state is merged into the stored one, so no instance's edits are overwritten.
      return inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name]);
        const { rows } = await client.query<{ state: Buffer }>(
          'SELECT state FROM documents WHERE name = $1',
          [name],
        );
        const stored = rows[0]?.state;
        const merged = stored ? mergeUpdates([new Uint8Array(stored), state]) : state;
        await client.query(
          `INSERT INTO documents (name, state, updated_at) VALUES ($1, $2, $3)
           ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
          [name, Buffer.from(merged), at],
        );
      });
    },
    async close() {
      await pool.end();
    },
  };
}
