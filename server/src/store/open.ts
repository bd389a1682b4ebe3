import type { Logger } from '../log.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** PostgreSQL when a database URL is given, else the SQLite file in the data folder. */
export async function openStore(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  log: Logger;
}): Promise<Store> {
  return options.databaseUrl
    ? openPostgresStore(options.databaseUrl, options.log)
    : openSqliteStore(options.dataDir);
}
