import { defineConfig } from 'vitest/config';
import { TEST_TIMEOUT, WAIT_TIMEOUT } from './tests/e2e/support/timeouts';

/** Browser tests: real headless Chromium against the built app served by `vite preview`. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/server.ts'],
    fileParallelism: false,
    testTimeout: TEST_TIMEOUT,
    hookTimeout: TEST_TIMEOUT,
    // expect.poll waits for a state too: give it as long as a Playwright wait.
    expect: { poll: { timeout: WAIT_TIMEOUT } },
  },
});
