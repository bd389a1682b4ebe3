/**
 * Godt begyndt's sync server: Yjs documents over Hocuspocus, with device tokens and a small
 * JSON API, on one port. Start it from the repository root with `npm run sync-server`.
 *
 * Environment (all optional):
 * - PORT               port to listen on (default 8787; 0 picks a free one)
 * - HOST               address to listen on (default 127.0.0.1; 0.0.0.0 behind a reverse proxy)
 * - DATA_DIR           folder of the SQLite file `sync.sqlite` (default ./sync-data)
 * - DATABASE_URL       PostgreSQL connection URL; when set, it is used instead of SQLite
 *                      (a Unix socket: postgresql://user@/db?host=/path/to/socket-dir)
 * - REDIS_URL          Redis shared by several instances (redis://host:port or a Unix socket
 *                      path); needs DATABASE_URL, as every instance stores to one PostgreSQL
 * - LOG_LEVEL          error | warn | info (default) | debug (adds connections)
 * - ACCESS_LOG_RETENTION_DAYS  days the access log keeps an entry (default 365); older ones
 *                      are deleted at start and every six hours
 * - MAX_MESSAGE_BYTES  largest WebSocket message accepted (default 16 MiB); bigger ones are
 *                      refused and the connection is closed (code 1009)
 * - ALLOWED_ORIGINS    comma-separated origins of the app allowed to call the HTTP API
 *                      (default: the local dev and preview origins; `*` allows any)
 *
 * Logs are JSON lines on stdout: start, refusals and errors (connections at debug). They never
 * hold document content, tokens or invitations; nor does the access log in the database.
 *
 * HTTP API (JSON; errors answer `{ "error": "<code>" }`):
 * - GET    /health                                 → { status: "ok", store }
 * - POST   /api/teams { teamId, deviceName }       → the team's manager device and its token
 * - POST   /api/teams/:teamId/invitations { role } → a one-time invitation (manager token)
 * - POST   /api/join { invitation, deviceName }    → the new device, its role and token
 * - GET    /api/teams/:teamId/devices              → the team's devices, peer links with their
 *                                                   hireId (manager token)
 * - DELETE /api/teams/:teamId/devices/:deviceId    → revokes it, closes its connections
 * - POST   /api/teams/:teamId/peer-links { hireId, name? } → a read-only device for one hire's
 *                                                   status; revokes the hire's earlier link
 * - DELETE /api/teams/:teamId/hires/:hireId        → 204: deletes the hire's status document,
 *                                                   revokes its peer links
 * - GET    /api/teams/:teamId/access-log?hireId=   → { entries } newest first: who opened or
 *                                                   changed which document when (manager token)
 * Tokens go in `Authorization: Bearer <token>`. A sync client opens the WebSocket on the
 * same address with the device token as the Hocuspocus provider's `token` and a document name:
 * `team:<teamId>`, `private:<teamId>` (managers only) or `status:<teamId>:<hireId>` (see
 * documents.ts for who may open them and how).
 */
import { readConfig } from './config.js';
import { createLogger } from './log.js';
import { startSyncServer } from './server.js';
import { openStore } from './store/open.js';

const configured = readConfig(process.env);
if (!configured.ok) {
  for (const problem of configured.problems) console.error(`Invalid setting ${problem}`);
  process.exit(1);
}
const { config } = configured;
const log = createLogger(config.LOG_LEVEL);

try {
  const store = await openStore({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    log,
  });
  const server = await startSyncServer({
    port: config.PORT,
    host: config.HOST,
    maxMessageBytes: config.MAX_MESSAGE_BYTES,
    allowedOrigins: config.ALLOWED_ORIGINS,
    accessLogRetentionDays: config.ACCESS_LOG_RETENTION_DAYS,
    store,
    log,
    ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}),
  });
  log.info('started', {
    host: config.HOST,
    port: server.port,
    store: store.kind,
    cluster: config.REDIS_URL ? 'redis' : 'none',
  });

  const stop = async (signal: string) => {
    log.info('stopping', { signal });
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  log.error('start-failed', { message: error instanceof Error ? error.message : 'unknown' });
  process.exit(1);
}
