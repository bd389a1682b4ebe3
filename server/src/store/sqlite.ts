import { mkdirSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import Database from 'better-sqlite3';
import {
  accessLogQuery,
  accessParameters,
  deviceParameters,
  invitationParameters,
  rowMappers,
  schema,
  statements as sql,
  type AccessRow,
  type DeviceRow,
  type InvitationRow,
} from './sql.js';
import {
  invitationRefusal,
  type Device,
  type JoinResult,
  type NewDevice,
  type Role,
  type Store,
} from './store.js';

type Row = DeviceRow<string>;
/** SQLite keeps the ISO strings the server wrote. */
const rows = rowMappers((time: string) => time);

/** Adds what a store made by an earlier version lacks (no ADD COLUMN IF NOT EXISTS here). */
function migrate(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(devices)').all();
  if (!columns.some((column) => column.name === 'hire_id')) {
    db.exec('ALTER TABLE devices ADD COLUMN hire_id TEXT');
  }
}

/** The embedded default: one SQLite file, `sync.sqlite`, in `dataDir`. */
export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(joinPath(dataDir, 'sync.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(schema({ time: 'TEXT', bytes: 'BLOB', serial: 'INTEGER PRIMARY KEY AUTOINCREMENT' }));
  migrate(db);

  const insertDevice = db.prepare<unknown[], Row>(sql.insertDevice);
  const addDevice = (teamId: string, role: Role, hireId: string | null, device: NewDevice) => {
    const row = insertDevice.get(...deviceParameters(teamId, role, hireId, device));
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return rows.device(row);
  };
  const revokePeers = (teamId: string, hireId: string, at: string): Device[] =>
    db.prepare<unknown[], Row>(sql.revokePeerDevices).all(at, teamId, hireId).map(rows.device);

  const registerTeam = db.transaction((teamId: string, manager: NewDevice): boolean => {
    if (db.prepare(sql.insertTeam).run(teamId, manager.createdAt).changes === 0) return false;
    addDevice(teamId, 'manager', null, manager);
    return true;
  });

  const joinTeam = db.transaction((invitationHash: string, device: NewDevice): JoinResult => {
    const now = device.createdAt;
    const consumed = db
      .prepare<unknown[], { team_id: string; role: Role }>(sql.consumeInvitation)
      .get(now, invitationHash, now);
    if (!consumed) {
      const found = db.prepare<[string], InvitationRow<string>>(sql.invitation).get(invitationHash);
      return { ok: false, reason: invitationRefusal(found && rows.invitation(found), now) };
    }
    return { ok: true, device: addDevice(consumed.team_id, consumed.role, null, device) };
  });

  const addPeer = db.transaction((teamId: string, hireId: string, device: NewDevice) => {
    const revoked = revokePeers(teamId, hireId, device.createdAt);
    return { device: addDevice(teamId, 'peer', hireId, device), revoked };
  });

  return {
    kind: 'sqlite',
    async registerTeam(teamId, manager) {
      return registerTeam(teamId, manager);
    },
    async addInvitation(invitation) {
      db.prepare(sql.insertInvitation).run(...invitationParameters(invitation));
    },
    async join(invitationHash, device) {
      return joinTeam(invitationHash, device);
    },
    async deviceByTokenHash(tokenHash) {
      const row = db.prepare<[string], Row>(sql.deviceByTokenHash).get(tokenHash);
      return row && rows.device(row);
    },
    async devices(teamId) {
      return db.prepare<[string], Row>(sql.devices).all(teamId).map(rows.device);
    },
    async addPeerDevice(teamId, hireId, device) {
      return addPeer(teamId, hireId, device);
    },
    async revokeDevice(teamId, deviceId, at) {
      const row = db.prepare<unknown[], Row>(sql.revokeDevice).get(at, deviceId, teamId);
      return row && rows.device(row);
    },
    async revokePeerDevices(teamId, hireId, at) {
      return revokePeers(teamId, hireId, at);
    },
    async markSeen(deviceId, at) {
      db.prepare(sql.markSeen).run(at, deviceId);
    },
    async loadDocument(name) {
      const row = db.prepare<[string], { state: Buffer }>(sql.loadDocument).get(name);
      return row && new Uint8Array(row.state);
    },
    async saveDocument(name, state, at) {
      db.prepare(sql.saveDocument).run(name, Buffer.from(state), at);
    },
    async deleteDocument(name) {
      db.prepare(sql.deleteDocument).run(name);
    },
    async addAccessEntry(entry) {
      db.prepare(sql.insertAccessEntry).run(...accessParameters(entry));
    },
    async accessLog(teamId, hireId) {
      const { statement, parameters } = accessLogQuery(teamId, hireId);
      return db
        .prepare<unknown[], AccessRow<string>>(sql[statement])
        .all(...parameters)
        .map(rows.accessEntry);
    },
    async purgeAccessLog(before) {
      return db.prepare(sql.purgeAccessLog).run(before).changes;
    },
    async close() {
      db.close();
    },
  };
}
