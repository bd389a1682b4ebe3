import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getBackupStatus } from '../db/device';
import { useDateFormat } from '../lib/dateFormat';

/** When the last full backup was made on this device, and whether changes wait for one. */
export function BackupStatusText() {
  const { t } = useTranslation('backup');
  const { formatInstant } = useDateFormat();
  const status = useLiveQuery(getBackupStatus);
  if (!status) return null;
  return (
    <p className="backup-status">
      {status.lastBackupAt
        ? t('status.lastBackup', { when: formatInstant(status.lastBackupAt) })
        : t('status.never')}{' '}
      {status.unsavedSince
        ? t('status.unsaved', { when: formatInstant(status.unsavedSince) })
        : status.lastBackupAt && t('status.allSaved')}
    </p>
  );
}
