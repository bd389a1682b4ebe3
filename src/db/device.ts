import { DEFAULT_REMINDER_DAYS, type BackupStatus } from '../domain/backupReminder';
import { db } from './db';
import { nowStamp } from './ids';
import { UNSAVED_SINCE_KEY } from './unsavedWork';

const LAST_BACKUP_KEY = 'lastBackupAt';
const REMINDER_DAYS_KEY = 'backupReminderDays';
const DISMISSED_KEY = 'backupReminderDismissedAt';

/** This device's backup state: last backup, unsaved work, and the reminder. */
export async function getBackupStatus(): Promise<BackupStatus> {
  const [lastBackupAt, unsavedSince, reminderDays, dismissedAt] = await db.device.bulkGet([
    LAST_BACKUP_KEY,
    UNSAVED_SINCE_KEY,
    REMINDER_DAYS_KEY,
    DISMISSED_KEY,
  ]);
  return {
    lastBackupAt: (lastBackupAt?.value as string | undefined) ?? null,
    unsavedSince: (unsavedSince?.value as string | undefined) ?? null,
    reminderDays: (reminderDays?.value as number | undefined) ?? DEFAULT_REMINDER_DAYS,
    dismissedAt: (dismissedAt?.value as string | undefined) ?? null,
  };
}

/**
 * Notes that every record is now in a backup file. Call inside the transaction that
 * read the records, so a change made meanwhile cannot be marked as saved.
 */
export async function recordFullBackup(): Promise<void> {
  await db.device.put({ key: LAST_BACKUP_KEY, value: nowStamp() });
  await markAllSaved();
}

/** Notes that the data equals a file the user holds (after a "replace all" restore). */
export async function markAllSaved(): Promise<void> {
  await db.device.bulkDelete([UNSAVED_SINCE_KEY, DISMISSED_KEY]);
}

export async function setReminderDays(days: number): Promise<void> {
  await db.device.put({ key: REMINDER_DAYS_KEY, value: days });
}

export async function dismissBackupReminder(): Promise<void> {
  await db.device.put({ key: DISMISSED_KEY, value: nowStamp() });
}

/** Deletes every record on this device, in one transaction; the app is then empty. */
export async function deleteAllData(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    // The device table last: clearing the data marks unsaved work, which goes too.
    for (const table of db.tables) if (table !== db.device) await table.clear();
    await db.device.clear();
  });
}
