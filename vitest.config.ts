import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
      // Longer than tests/setup.ts's 5 s for findBy*: first renders are slow on a busy machine.
      testTimeout: 15_000,
    },
  }),
);
