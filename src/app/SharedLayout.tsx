import { useTranslation } from 'react-i18next';
import { AppFrame } from './AppFrame';

/**
 * The frame of the peer worker's status (a snapshot or a live link), on their own phone: a
 * slim header without the manager's menu, no link into the manager's screens, and nothing
 * that reads this device's database (no backup reminder, no database banners), so opening
 * the link never creates one here.
 */
export function SharedLayout() {
  const { t } = useTranslation();
  return (
    <AppFrame
      name={<p className="app-name">{t('appName')}</p>}
      headerClass="app-header--shared"
      homeLink={false}
    />
  );
}
