import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import './app/styles.css';
import { initI18n } from './app/i18n';
import { AppRoutes } from './app/router';
import { startDatabase } from './app/startDatabase';
import { registerServiceWorker } from './app/serviceWorker';

initI18n();
void startDatabase();
void registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>,
);
