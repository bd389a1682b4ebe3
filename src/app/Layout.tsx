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
import { paths } from '../config/paths';

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
          <Link to={paths.overview.href()} className="app-name">
            {t('appName')}
          </Link>
          <nav aria-label={t('nav.label')} className="app-nav">
            <ul>
              <li>
                <NavLink to={paths.overview.href()} end>
                  {t('nav.overview')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.calendar.href()}>{t('nav.calendar')}</NavLink>
              </li>
              <li>
                <NavLink to={paths.guide.href()}>{t('nav.guide')}</NavLink>
              </li>
              <li>
                <NavLink to={paths.settings.href()}>{t('nav.settings')}</NavLink>
              </li>
              <li>
                <NavLink to={paths.about.href()}>{t('nav.about')}</NavLink>
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
              <Link to={paths.about.href()}>{t('footer.about')}</Link>
            </li>
            <li>
              <Link to={paths.accessibility.href()}>{t('footer.accessibility')}</Link>
            </li>
          </ul>
        </div>
      </footer>
      <Toasts />
    </>
  );
}
