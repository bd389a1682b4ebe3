import './app/openDatabaseFirst';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import './app/styles.css';
import { initI18n } from './app/i18n';
import { AppRoutes, preloadScreen } from './app/router';
import { registerServiceWorker } from './app/serviceWorker';

initI18n();
// The worker's precache download must not compete with the first screen's own files.
if (document.readyState === 'complete') void registerServiceWorker();
else window.addEventListener('load', () => void registerServiceWorker(), { once: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const app = createRoot(root);
// The screen at this address is loaded before the first render (index.html shows the app's
// name meanwhile): shown behind a Suspense fallback instead, React would hold it back. As a
// transition, the first render runs in slices instead of one long task, which keeps the
// main thread free for input (docs/PERFORMANCE.md).
void preloadScreen(window.location.pathname)
  .catch(() => undefined) // The screen's error boundary reports it when it renders.
  .then(() =>
    startTransition(() =>
      app.render(
        <StrictMode>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </StrictMode>,
      ),
    ),
  );
