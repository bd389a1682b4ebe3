import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../../server/src/log';
import { startSyncServer } from '../../../server/src/server';
import { openStore } from '../../../server/src/store/open';

export interface TestSyncServer {
  /** The server's base URL, e.g. http://127.0.0.1:41873. */
  url: string;
  stop(): Promise<void>;
}

/** The sync server in this process, on a free loopback port, with a temporary data folder. */
export async function startTestSyncServer(allowedOrigin: string): Promise<TestSyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'godt-begyndt-sync-e2e-'));
  const log = createLogger('warn', () => {});
  const store = await openStore({ databaseUrl: undefined, dataDir, log });
  const server = await startSyncServer({
    port: 0,
    host: '127.0.0.1',
    maxMessageBytes: 16 * 1024 * 1024,
    allowedOrigins: [allowedOrigin],
    store,
    log,
  });
  return {
    url: `http://127.0.0.1:${server.port}`,
    async stop() {
      await server.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
