import { cp, mkdir, rm } from 'node:fs/promises';
import { build, preview } from 'vite';

export const DIST = 'dist';
const BENCH_DIST = 'dist-bench';
const SITE = 'bench-results/site';

/** A vite plugin that records which source modules end up in which chunk. */
function chunkModules(into) {
  return {
    name: 'bench-chunk-modules',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') into.set(chunk.fileName, Object.keys(chunk.modules));
      }
    },
  };
}

/**
 * Builds the app exactly as `vite build` does (into dist/), and the seeding page on its own.
 * Resolves to a map from chunk file (assets/…js) to the module ids inside it.
 */
export async function buildSite() {
  const modules = new Map();
  await build({ logLevel: 'warn', plugins: [chunkModules(modules)] });
  await build({ logLevel: 'warn', configFile: 'vite.bench.config.ts' });
  await rm(SITE, { recursive: true, force: true });
  await mkdir(SITE, { recursive: true });
  await cp(DIST, SITE, { recursive: true });
  await cp(BENCH_DIST, `${SITE}/__bench`, { recursive: true });
  return modules;
}

/** Serves the app with the seeding page beside it (same origin, same IndexedDB). */
export async function serveSite(port) {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: SITE },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => server.close() };
}
