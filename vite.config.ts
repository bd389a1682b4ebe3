import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const dkfdsDist = fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url));

/** No inline script, no eval, nothing but our own origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The CSP goes into the built page only: the dev server needs inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    // dkfds only exports its JS; its CSS and assets are reached by path (see NOTES.md).
    alias: { '@dkfds': dkfdsDist },
  },
  build: {
    // Keep the design system's ~190 SVG icons as files instead of data URIs in the CSS.
    assetsInlineLimit: 0,
    target: 'es2022',
    // Every browser that runs es2022 supports modulepreload: no polyfill in the first screen.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true },
});
