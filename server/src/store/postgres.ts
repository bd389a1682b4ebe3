import pg from 'pg';
import { mergeUpdates } from 'yjs';
import type { Logger } from '../log.js';
import {
  accessLogQuery,
  accessParameters,
  deviceParameters,
  invitationParameters,
  rowMappers,
  schema,
  statements,
  type AccessRow,
  type DeviceRow,
  type InvitationRow,
} from './sql.js';
import {
  invitationRefusal,
  type JoinResult,
  type NewDevice,
  type Role,
  type Store,
} from './store.js';

/** The shared statements with PostgreSQL's numbered placeholders (`$1`, `$2`, …). */
const sql = Object.fromEntries(
  Object.entries(statements).map(([name, text]) => {
    let number = 0;
    return [name, text.replace(/\?/g, () => `$${(number += 1)}`)];
  }),
) as Record<keyof typeof statements, string>;

const migration = `
  ${schema({ time: 'TIMESTAMPTZ', bytes: 'BYTEA', serial: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' })}
  ALTER TABLE devices ADD COLUMN IF NOT EXISTS hire_id TEXT;
`;

/** Any constant: several server instances (or test files) may migrate at the same time. */
const schemaLock = 71_802_018;

type Row = DeviceRow<Date>;
/** PostgreSQL returns TIMESTAMPTZ as Date. */
const rows = rowMappers((time: Date) => time.toISOString());

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
  client: pg.ClientBase,
  teamId: string,
  role: Role,
  hireId: string | null,
  device: NewDevice,
) {
  const { rows: added } = await client.query<Row>(
    sql.insertDevice,
    deviceParameters(teamId, role, hireId, device),
  );
  const [row] = added;
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return rows.device(row);
}

async function revokePeers(
  client: pg.ClientBase | pg.Pool,
  teamId: string,
  hireId: string,
  at: string,
) {
  const { rows: revoked } = await client.query<Row>(sql.revokePeerDevices, [at, teamId, hireId]);
  return revoked.map(rows.device);
}

/** Production storage: PostgreSQL at `connectionString` (a URL; a Unix socket via `?host=`). */
export async function openPostgresStore(connectionString: string, log: Logger): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection that drops (PostgreSQL restarted) must not stop the server; the pool
  // opens a new one for the next query.
  pool.on('error', (error) => log.warn('database-connection-lost', { message: error.message }));
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [schemaLock]);
    await client.query(migration);
  });

  return {
    kind: 'postgres',
    registerTeam(teamId, manager) {
      return inTransaction(pool, async (client) => {
        const inserted = await client.query(sql.insertTeam, [teamId, manager.createdAt]);
        if (inserted.rowCount === 0) return false;
        await addDevice(client, teamId, 'manager', null, manager);
        return true;
      });
    },
    async addInvitation(invitation) {
      await pool.query(sql.insertInvitation, invitationParameters(invitation));
    },
    join(invitationHash, device) {
      return inTransaction(pool, async (client): Promise<JoinResult> => {
        const now = device.createdAt;
        const consumed = await client.query<{ team_id: string; role: Role }>(
          sql.consumeInvitation,
          [now, invitationHash, now],
        );
        const invitation = consumed.rows[0];
        if (!invitation) {
          const found = await client.query<InvitationRow<Date>>(sql.invitation, [invitationHash]);
          const row = found.rows[0];
          return { ok: false, reason: invitationRefusal(row && rows.invitation(row), now) };
        }
        const added = await addDevice(client, invitation.team_id, invitation.role, null, device);
        return { ok: true, device: added };
      });
    },
    async deviceByTokenHash(tokenHash) {
      const { rows: found } = await pool.query<Row>(sql.deviceByTokenHash, [tokenHash]);
      return found[0] && rows.device(found[0]);
    },
    async devices(teamId) {
      const { rows: found } = await pool.query<Row>(sql.devices, [teamId]);
      return found.map(rows.device);
    },
    addPeerDevice(teamId, hireId, device) {
      return inTransaction(pool, async (client) => {
        // Two links made at once for one hire: the second waits, then revokes the first.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`peer:${hireId}`]);
        const revoked = await revokePeers(client, teamId, hireId, device.createdAt);
        return { device: await addDevice(client, teamId, 'peer', hireId, device), revoked };
      });
    },
    async revokeDevice(teamId, deviceId, at) {
      const { rows: found } = await pool.query<Row>(sql.revokeDevice, [at, deviceId, teamId]);
      return found[0] && rows.device(found[0]);
    },
    revokePeerDevices(teamId, hireId, at) {
      return revokePeers(pool, teamId, hireId, at);
    },
    async markSeen(deviceId, at) {
      await pool.query(sql.markSeen, [at, deviceId]);
    },
    async loadDocument(name) {
      const { rows: found } = await pool.query<{ state: Buffer }>(sql.loadDocument, [name]);
      return found[0] && new Uint8Array(found[0].state);
    },
    saveDocument(name, state, at) {
      // Several instances may store the same document at once, each its own view of it: the
      // saved state is merged into the stored one, so no instance's edits are overwritten.
      return inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name]);
        const { rows: found } = await client.query<{ state: Buffer }>(sql.loadDocument, [name]);
        const stored = found[0]?.state;
        const merged = stored ? mergeUpdates([new Uint8Array(stored), state]) : state;
        await client.query(sql.saveDocument, [name, Buffer.from(merged), at]);
      });
    },
    async deleteDocument(name) {
      await pool.query(sql.deleteDocument, [name]);
    },
    async addAccessEntry(entry) {
      await pool.query(sql.insertAccessEntry, accessParameters(entry));
    },
    async accessLog(teamId, hireId) {
      const { statement, parameters } = accessLogQuery(teamId, hireId);
      const { rows: found } = await pool.query<AccessRow<Date>>(sql[statement], parameters);
      return found.map(rows.accessEntry);
    },
    async purgeAccessLog(before) {
      return (await pool.query(sql.purgeAccessLog, [before])).rowCount ?? 0;
    },
    async close() {
      await pool.end();
    },
  };
}
