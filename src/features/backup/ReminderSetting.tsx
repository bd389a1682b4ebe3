import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getBackupStatus, setReminderDays } from '../../db/device';
import { REMINDER_DAY_CHOICES } from '../../domain/backupReminder';
import { useWrite } from '../../connected/useWrite';

/** How long unsaved work may wait before the app suggests a backup. */
export function ReminderSetting() {
  const { t } = useTranslation('backup');
  const id = useId();
  const write = useWrite();
  const status = useLiveQuery(getBackupStatus);
  if (!status) return null;
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {t('reminder.label')}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {t('reminder.hint')}
      </span>
      <select
        id={id}
        className="form-select"
        aria-describedby={`${id}-hint`}
        value={status.reminderDays}
        onChange={(event) => void write(() => setReminderDays(Number(event.target.value)))}
      >
        {REMINDER_DAY_CHOICES.map((days) => (
          <option key={days} value={days}>
            {t(`reminder.days_${days}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
