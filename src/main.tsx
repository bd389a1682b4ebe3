import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import './app/styles.css';
import { initI18n } from './app/i18n';
import { AppRoutes } from './app/router';
import { startDatabase } from './app/startDatabase';
import { registerServiceWorker } from './app/serviceWorker';

initI18n();
void startDatabase();
// The worker's precache download must not compete with the first screen's own files.
if (document.readyState === 'complete') void registerServiceWorker();
else window.addEventListener('load', () => void registerServiceWorker(), { once: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const app = createRoot(root);
// As a transition, the first render yields to the browser between components instead of
// blocking a slow phone's main thread in one long task.
startTransition(() =>
  app.render(
    <StrictMode>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </StrictMode>,
  ),
);
