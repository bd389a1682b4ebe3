import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { ExportSection } from './ExportSection';
import { RestoreSection } from './RestoreSection';
import { paths } from '../../config/paths';

export function BackupPage() {
  const { t } = useTranslation('backup');
  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <div className="alert alert-warning">
        <div className="alert-body">
          <p className="alert-heading">{t('personalData.heading')}</p>
          <p className="alert-text">{t('personalData.body')}</p>
        </div>
      </div>
      <ExportSection />
      <RestoreSection />
      <p>
        <Link to={paths.settings.href()}>{t('backToSettings')}</Link>
      </p>
    </>
  );
}
