import { useTranslation } from 'react-i18next';
import { useAppUpdate } from '../store/appUpdate';

/** Tells the user a new version is ready, and lets them switch to it when it suits them. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const applyUpdate = useAppUpdate((s) => s.applyUpdate);
  if (!applyUpdate) return null;
  return (
    <div className="alert alert-info no-print" role="status">
      <div className="alert-body container">
        <p className="alert-text">{t('appUpdate.ready')}</p>
        <button type="button" className="button button-primary" onClick={applyUpdate}>
          {t('appUpdate.reload')}
        </button>
      </div>
    </div>
  );
}
