import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../config/paths';

/** Shown in place of a screen that failed to load or render; the frame around it still works. */
export function RouteError({ homeLink }: { homeLink: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      {homeLink && (
        <p>
          <Link to={paths.overview.href()}>{t('routeError.home')}</Link>
        </p>
      )}
    </>
  );
}
