import { fileURLToPath } from 'node:url';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * The overview is where the app starts (`/`, the installed app's start_url): its chunk, the
 * chunks it imports and its texts in the default language are preloaded by the page itself,
 * in parallel with the main script, instead of being asked for only once that script has run.
 */
function preloadStartScreen(): Plugin {
  return {
    name: 'preload-start-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        const chunks = Object.values(bundle ?? {}).filter((file) => file.type === 'chunk');
        const start = chunks.find((c) => c.facadeModuleId?.endsWith('/OverviewPage.tsx'));
        const texts = chunks.find((c) => c.facadeModuleId?.endsWith('/locales/da/overview.json'));
        if (!start || !texts || !entry) return [];
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const withImports = (name: string, into = new Set<string>()): Set<string> => {
          if (!into.has(name)) {
            into.add(name);
            for (const imported of byName.get(name)?.imports ?? []) withImports(imported, into);
          }
          return into;
        };
        const alreadyLoaded = withImports(entry.fileName);
        const files = [...withImports(start.fileName), texts.fileName].filter(
          (f) => !alreadyLoaded.has(f),
        );
        return files.map((file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}

/**
 * Installable, and fully offline after the first visit: the service worker precaches
 * every built file. A new version waits for the user's "reload" (src/app/serviceWorker.ts).
 */
const offlineApp = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Godt begyndt',
    short_name: 'Godt begyndt',
    description:
      'Forbered teamet, tag imod en peer-medarbejder og følg op i prøvetiden – guiden »Når brugere bliver kollegaer« som tjeklister og plan.',
    lang: 'da',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#004993',
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Every file a browser with service workers can ask for, but of the fonts only the
    // Latin-1 subsets (woff2, which they all read): those cover Danish and English, and the
    // full fonts and other subsets (~0.6 MB) would be downloaded on a first visit for
    // letters rarely shown. Offline, such a letter is drawn in a fallback font.
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}', '**/*-Latin1-*.woff2'],
    navigateFallback: 'index.html',
    // The first visit is served by the worker at once, so it works offline without a reload.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadStartScreen(), offlineApp],
  resolve: {
    // dkfds only exports its JS; its CSS and assets are reached by path (see NOTES.md).
    alias: { '@dkfds': dkfdsDist },
  },
  css: {
    // dkfds' SCSS (src/app/dkfds.scss) still uses Sass's old if() function.
    preprocessorOptions: { scss: { silenceDeprecations: ['if-function'] } },
  },
  build: {
    // Keep the design system's SVG icons as files instead of data URIs in the CSS.
    assetsInlineLimit: 0,
    target: 'es2022',
    // Every browser that runs es2022 supports modulepreload: no polyfill in the first screen.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true },
});
