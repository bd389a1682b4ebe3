import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Loading } from '../ui/Loading';
import { LanguageSwitch } from './LanguageSwitch';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

interface AppFrameProps {
  /** The app's name in the header: a link home in the app, plain text on the peer's pages. */
  name: ReactNode;
  /** The menu, between the name and the language switch. */
  nav?: ReactNode;
  /** Classes of the header besides `app-header`. */
  headerClass?: string;
  /** Banners between the header and the screen. */
  banners?: ReactNode;
  /** Resets the screen's error boundary when it changes (a new screen gets a fresh start). */
  screenKey?: string;
  /** Whether the error screen links to the overview (not on the peer's pages). */
  homeLink?: boolean;
  /** Links under the footer's credit. */
  footerLinks?: ReactNode;
  /** After the footer (the toasts). */
  children?: ReactNode;
}

/** The frame every screen shares: skip link, header, the screen itself, footer. */
export function AppFrame({
  name,
  nav,
  headerClass,
  banners,
  screenKey,
  homeLink,
  footerLinks,
  children,
}: AppFrameProps) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skipnav" href="#main">
        {t('skipToContent')}
      </a>
      <header className={['app-header', headerClass, 'no-print'].filter(Boolean).join(' ')}>
        <div className="container app-header-inner">
          {name}
          {nav}
          <LanguageSwitch />
        </div>
      </header>
      {banners}
      <main id="main" className="container app-main">
        <ScreenErrorBoundary key={screenKey} homeLink={homeLink}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      <footer className="app-footer no-print">
        <div className="container">
          <p>{t('footer.credit')}</p>
          {footerLinks}
        </div>
      </footer>
      {children}
    </>
  );
}
