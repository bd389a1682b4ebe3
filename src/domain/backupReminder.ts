import type { Timestamp } from './types';

/** How long unsaved work may wait before the app suggests a backup; 0 switches it off. */
export const REMINDER_DAY_CHOICES = [0, 7, 14, 30] as const;
export const DEFAULT_REMINDER_DAYS = 14;

export interface BackupStatus {
  /** When the last full backup file was made on this device. */
  lastBackupAt: Timestamp | null;
  /** When the oldest change not yet in a backup file was made; null: nothing unsaved. */
  unsavedSince: Timestamp | null;
  reminderDays: number;
  /** When the user last dismissed the reminder. */
  dismissedAt: Timestamp | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function olderThan(stamp: Timestamp, days: number, now: Date): boolean {
  return now.getTime() - Date.parse(stamp) >= days * DAY_MS;
}

/**
 * A backup is due when work not yet saved to a file is older than the chosen period,
 * and the user has not dismissed the reminder within that period.
 */
export function isBackupDue(status: BackupStatus, now: Date): boolean {
  const { unsavedSince, reminderDays, dismissedAt } = status;
  if (reminderDays <= 0 || unsavedSince === null) return false;
  if (!olderThan(unsavedSince, reminderDays, now)) return false;
  return dismissedAt === null || olderThan(dismissedAt, reminderDays, now);
}
