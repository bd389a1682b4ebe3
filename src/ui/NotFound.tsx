import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from './PageHeading';
import { paths } from '../config/paths';

/** For a team or hire that does not exist (deleted, or a stale link). */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.record')}</p>
      <Link to={paths.overview.href()}>{t('routeError.home')}</Link>
    </>
  );
}
