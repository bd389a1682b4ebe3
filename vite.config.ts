import { fileURLToPath } from 'node:url';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const dkfdsDist = fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url));

/**
 * No inline script, no eval, nothing but our own origin, except the team's sync server
 * (its address is typed by the user, so any secure origin, and loopback for development).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: wss: http://127.0.0.1:* ws://127.0.0.1:* http://localhost:* ws://localhost:*",
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
 * The overview is where the app starts (`/`, the installed app's start_url). Its code is in
 * the main chunk (src/app/router.tsx); its texts in the default language are preloaded by the
 * page itself, in parallel with the main script, instead of being asked for only once that
 * script has run.
 */
function preloadStartTexts(): Plugin {
  return {
    name: 'preload-start-texts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, filename }) {
        if (!filename.endsWith('/index.html')) return []; // The bench's own page.
        const texts = Object.values(bundle ?? {}).find(
          (file) =>
            file.type === 'chunk' && file.facadeModuleId?.endsWith('/locales/da/overview.json'),
        );
        if (!texts) throw new Error('preload-start-texts: no chunk for locales/da/overview.json');
        const tag: HtmlTagDescriptor = {
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${texts.fileName}` },
          injectTo: 'head',
        };
        return [tag];
      },
    },
  };
}

/**
 * Chromium's explicit compile hint (V8, Chrome 136+): entry chunks (the first screen's; the
 * bench page's too) are compiled eagerly, on a background thread while they download, instead
 * of function by function on the main thread as each is first called. Nearly all of an entry
 * chunk runs at start; lazy chunks keep V8's lazy compiling (what it buys: docs/PERFORMANCE.md).
 * The comment has to open the file, so it is added after everything else has written the chunk.
 */
function compileStartEagerly(): Plugin {
  return {
    name: 'compile-start-eagerly',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.isEntry) {
            file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
          }
        }
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
    // full fonts and other subsets would be downloaded on a first visit for
    // letters rarely shown. Offline, such a letter is drawn in a fallback font.
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}', '**/*-Latin1-*.woff2'],
    navigateFallback: 'index.html',
    // The first visit is served by the worker at once, so it works offline without a reload.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    preloadStartTexts(),
    compileStartEagerly(),
    offlineApp,
  ],
  resolve: {
    // dkfds only exports its JS; its CSS and assets are reached by path (not in its package exports).
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
    // Everything the first screen runs in one file, not the ~20 small chunks rolldown would
    // share out between screens: each is a request, and on a slow connection the round trips
    // add up (docs/PERFORMANCE.md). Other screens stay lazy.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } },
    },
  },
  preview: { port: 4173, strictPort: true },
});
