/// <reference types="vite-plugin-pwa/vanillajs" />
import { useAppUpdate } from '../store/appUpdate';

/**
 * Registers the service worker that keeps the app working offline. A new version waits
 * until the user chooses to reload (see UpdateBanner), so no open form is lost.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const updateSW = registerSW({
    onNeedRefresh: () => useAppUpdate.getState().setApplyUpdate(() => void updateSW(true)),
    onRegisterError: (error) => console.error(error),
  });
}
