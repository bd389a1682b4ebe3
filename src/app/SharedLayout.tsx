import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Loading } from '../ui/Loading';
import { LanguageSwitch } from './LanguageSwitch';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

/**
 * The frame of a status opened from a share link, on the peer worker's own phone: a slim
 * header without the manager's menu, and nothing that reads this device's database (no backup
 * reminder, no database banners), so opening the link never creates one here.
 */
export function SharedLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skipnav" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header app-header--shared no-print">
        <div className="container app-header-inner">
          <p className="app-name">{t('appName')}</p>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="container app-main">
        <ScreenErrorBoundary homeLink={false}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      <footer className="app-footer no-print">
        <div className="container">
          <p>{t('footer.credit')}</p>
        </div>
      </footer>
    </>
  );
}
