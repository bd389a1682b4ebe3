import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { dismissBackupReminder, getBackupStatus } from '../db/device';
import { isBackupDue } from '../domain/backupReminder';
import { paths } from '../config/paths';
import { isPeerViewPath } from '../domain/statusLink';
import { useWrite } from '../connected/useWrite';

/**
 * A gentle, dismissable nudge when unsaved work is older than the chosen period.
 * Not on the backup screen itself, nor on a peer's status, which must never open
 * (and so create) this device's database.
 */
export function BackupReminder() {
  const { pathname } = useLocation();
  if (pathname === paths.backup.path || isPeerViewPath(pathname)) return null;
  return <BackupReminderBanner />;
}

/**
 * The banner's texts (the `backup` namespace) load only when a backup is due.
 * (No date formatting here: it would pull date-fns into the first screen.)
 */
function BackupReminderBanner() {
  const status = useLiveQuery(getBackupStatus);
  if (!status || !isBackupDue(status, new Date())) return null;
  return <DueBackupBanner reminderDays={status.reminderDays} />;
}

function DueBackupBanner({ reminderDays }: { reminderDays: number }) {
  const { t } = useTranslation('backup');
  const write = useWrite();
  return (
    <aside className="alert alert-info backup-reminder no-print" aria-labelledby="backup-reminder">
      <div className="alert-body container">
        <p className="alert-text" id="backup-reminder">
          {t('reminder.banner', { days: reminderDays })}
        </p>
        <div className="button-row">
          <Link to={paths.backup.href()} className="button button-secondary">
            {t('reminder.bannerLink')}
          </Link>
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => void write(dismissBackupReminder)}
          >
            {t('reminder.dismiss')}
          </button>
        </div>
      </div>
    </aside>
  );
}
