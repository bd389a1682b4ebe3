import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { hashSecret } from '../src/secrets.js';
import { openStore } from '../src/store/open.js';
import { temporaryDir } from './support.js';

const databaseUrl = process.env.DATABASE_URL;

/** The devices table as stores made before peer links have it: no hire_id. */
const oldDevices = (time: string) => `
  CREATE TABLE teams (id TEXT PRIMARY KEY, created_at ${time} NOT NULL);
  CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    team_id TEXT NOT NULL REFERENCES teams(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at ${time} NOT NULL,
    last_seen_at ${time},
    revoked_at ${time}
  );
  INSERT INTO teams VALUES ('t1', '2026-01-01T00:00:00.000Z');
  INSERT INTO devices VALUES ('d1', 't1', 'Lederens pc', 'manager', '${hashSecret('old-token')}',
    '2026-01-01T00:00:00.000Z', NULL, NULL);
`;

/** A database of its own in the test's PostgreSQL, so other suites' tables are not touched. */
async function oldPostgres(): Promise<string> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const name = `migration_${randomUUID().replaceAll('-', '')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = databaseUrl!.replace(/\/postgres\?/, `/${name}?`);
  const old = new pg.Client({ connectionString: url });
  await old.connect();
  await old.query(oldDevices('TIMESTAMPTZ'));
  await old.end();
  return url;
}

describe(`a store made by an earlier version (${databaseUrl ? 'postgres' : 'sqlite'})`, () => {
  let dataDir: ReturnType<typeof temporaryDir>;

  beforeEach(() => {
    dataDir = temporaryDir();
  });
  afterEach(() => dataDir.remove());

  it('gets the hire column on open and keeps its devices', async () => {
    let url: string | undefined;
    if (databaseUrl) {
      url = await oldPostgres();
    } else {
      const db = new Database(join(dataDir.path, 'sync.sqlite'));
      db.exec(oldDevices('TEXT'));
      db.close();
    }
    const store = await openStore({
      databaseUrl: url,
      dataDir: dataDir.path,
      log: createLogger('error', () => undefined),
    });
    try {
      expect(await store.deviceByTokenHash(hashSecret('old-token'))).toMatchObject({
        id: 'd1',
        role: 'manager',
        hireId: null,
      });
      const added = await store.addPeerDevice('t1', 'h1', {
        id: 'd2',
        name: 'link',
        tokenHash: hashSecret('new-token'),
        createdAt: '2026-02-01T00:00:00.000Z',
      });
      expect(added.device).toMatchObject({ role: 'peer', hireId: 'h1' });
    } finally {
      await store.close();
    }
  });
});
