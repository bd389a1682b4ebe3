import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { Toasts } from '../connected/Toasts';
import { DbProblemBanner } from './DbProblemBanner';
import { BackupReminder } from './BackupReminder';
import { UpdateBanner } from './UpdateBanner';
import { AppFrame } from './AppFrame';
import { paths } from '../config/paths';

/** The manager's app: the frame with the menu, the banners, footer links and toasts. */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <AppFrame
      name={
        <Link to={paths.overview.href()} className="app-name">
          {t('appName')}
        </Link>
      }
      nav={
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
      }
      banners={
        <>
          <DbProblemBanner />
          <UpdateBanner />
          <BackupReminder />
        </>
      }
      screenKey={pathname}
      footerLinks={
        <ul className="footer-links">
          <li>
            <Link to={paths.about.href()}>{t('footer.about')}</Link>
          </li>
          <li>
            <Link to={paths.accessibility.href()}>{t('footer.accessibility')}</Link>
          </li>
        </ul>
      }
    >
      <Toasts />
    </AppFrame>
  );
}
