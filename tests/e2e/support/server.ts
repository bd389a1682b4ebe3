import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

export interface Site {
  /** Where the site answers, e.g. http://127.0.0.1:41873 (no trailing slash). */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a build (run `vite build` first) with `vite preview` on 127.0.0.1. Without a port
 * the system picks a free one, so two runs on one machine never clash; the URL says which.
 */
export async function servePreview(
  options: { outDir?: string; port?: number } = {},
): Promise<Site> {
  const server = await preview({
    ...(options.outDir ? { build: { outDir: options.outDir } } : {}),
    preview: { port: options.port ?? 0, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

let site: Site | undefined;

/** The built app for the browser tests: on a free port, or on E2E_PORT when it is set. */
export async function setup(project: TestProject) {
  site = await servePreview({
    port: process.env.E2E_PORT ? Number(process.env.E2E_PORT) : undefined,
  });
  project.provide('baseUrl', site.url);
}

export async function teardown() {
  await site?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
