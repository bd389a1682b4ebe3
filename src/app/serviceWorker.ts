import { useAppUpdate } from '../store/appUpdate';

/**
 * Registers the service worker that keeps the app working offline (built by vite-plugin-pwa
 * as /sw.js). A new version waits until the user chooses to reload (see UpdateBanner), so no
 * open form is lost. Twenty lines of our own instead of workbox-window, which the first screen
 * would otherwise carry.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    // Left waiting by an earlier visit.
    if (registration.waiting && navigator.serviceWorker.controller) {
      offerUpdate(registration.waiting);
    }
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        // With no controller yet this is the first install, not an update.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
      });
    });
  } catch (error) {
    console.error(error);
  }
}

/** The worker's precache is complete: the user may switch to it, which reloads the page. */
function offerUpdate(waiting: ServiceWorker) {
  useAppUpdate.getState().setApplyUpdate(() => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    // The generated worker calls skipWaiting() on this message.
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}
