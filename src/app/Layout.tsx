import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Toasts } from '../connected/Toasts';
import { Loading } from '../ui/Loading';
import { LanguageSwitch } from './LanguageSwitch';
import { DbProblemBanner } from './DbProblemBanner';
import { BackupReminder } from './BackupReminder';
import { UpdateBanner } from './UpdateBanner';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <a className="skipnav" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header no-print">
        <div className="container app-header-inner">
          <Link to="/" className="app-name">
            {t('appName')}
          </Link>
          <nav aria-label={t('nav.label')} className="app-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.overview')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/calendar">{t('nav.calendar')}</NavLink>
              </li>
              <li>
                <NavLink to="/guide">{t('nav.guide')}</NavLink>
              </li>
              <li>
                <NavLink to="/settings">{t('nav.settings')}</NavLink>
              </li>
              <li>
                <NavLink to="/about">{t('nav.about')}</NavLink>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <DbProblemBanner />
      <UpdateBanner />
      <BackupReminder />
      <main id="main" className="container app-main">
        <ScreenErrorBoundary key={pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      <footer className="app-footer no-print">
        <div className="container">
          <p>{t('footer.credit')}</p>
          <ul className="footer-links">
            <li>
              <Link to="/about">{t('footer.about')}</Link>
            </li>
            <li>
              <Link to="/accessibility">{t('footer.accessibility')}</Link>
            </li>
          </ul>
        </div>
      </footer>
      <Toasts />
    </>
  );
}
