import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

/** Serves the built app (run `vite build` first) on its own port for the browser tests. */
export async function setup(project: TestProject) {
  const port = Number(process.env.E2E_PORT ?? 4180);
  server = await preview({
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
