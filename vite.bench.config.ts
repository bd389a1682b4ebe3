import { defineConfig, mergeConfig } from 'vite';
import appConfig from './vite.config';

/**
 * The bench's seeding page (bench.html → src/bench/seed.ts). Built on its own, into its own
 * folder, so nothing of it reaches the app's dist/. scripts/bench.mjs serves it beside the
 * app under /__bench/, on the same origin, so it fills the same IndexedDB.
 */
export default mergeConfig(
  appConfig,
  defineConfig({
    base: '/__bench/',
    build: {
      outDir: 'dist-bench',
      emptyOutDir: true,
      rollupOptions: { input: 'bench.html' },
    },
  }),
);
