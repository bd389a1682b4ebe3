import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

/** Shown instead of a blank page when a screen fails to load or render. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <main id="main" className="container app-main">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      <p>
        <Link to="/">{t('routeError.home')}</Link>
      </p>
    </main>
  );
}
