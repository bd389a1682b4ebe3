import { defineConfig } from 'vitest/config';

/**
 * Sync server tests: the server on a free loopback port with Node clients. On SQLite by
 * default; on PostgreSQL when DATABASE_URL is set (scripts/with-postgres.sh sets it).
 */
export default defineConfig({
  test: {
    include: ['server/tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
