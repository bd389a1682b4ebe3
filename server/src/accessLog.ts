import type { DocumentRef } from './documents.js';
import type { Logger } from './log.js';
import type { AccessAction, AccessLogEntry, Device, Store } from './store/store.js';

/** A typing session is one `change` entry: at most one per device and document in this time. */
const changeEntryIntervalMs = 10 * 60 * 1000;
/** Twelve months, unless ACCESS_LOG_RETENTION_DAYS says otherwise. */
export const defaultRetentionDays = 365;
const purgeIntervalMs = 6 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

export interface AccessLog {
  /** Writes an entry; a failure is only logged, as no connection or request should fail on it. */
  record(entry: AccessLogEntry): Promise<void>;
  /** The entry for `action` by `device` on `document`, now. */
  entry(device: Device, document: DocumentRef, action: AccessAction): AccessLogEntry;
  opened(device: Device, document: DocumentRef): Promise<void>;
  /** Records a change unless this device changed this document less than the interval ago. */
  changed(device: Device, document: DocumentRef, documentName: string): Promise<void>;
  /** Deletes the entries past the retention now and every six hours, until `stop`. */
  start(): Promise<void>;
  stop(): void;
}

export function createAccessLog(options: {
  store: Store;
  log: Logger;
  now: () => Date;
  retentionDays?: number;
}): AccessLog {
  const { store, log, now } = options;
  const lastChange = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;

  const record = (entry: AccessLogEntry) =>
    store.addAccessEntry(entry).catch((error: unknown) => {
      log.warn('access-log-failed', {
        action: entry.action,
        deviceId: entry.deviceId,
        message: error instanceof Error ? error.message : 'unknown',
      });
    });
  const entry = (device: Device, document: DocumentRef, action: AccessAction) => ({
    at: now().toISOString(),
    teamId: document.teamId,
    hireId: document.hireId,
    document: document.kind,
    deviceId: device.id,
    deviceName: device.name,
    role: device.role,
    action,
  });

  const purge = async () => {
    const before = new Date(
      now().getTime() - (options.retentionDays ?? defaultRetentionDays) * dayMs,
    ).toISOString();
    try {
      const deleted = await store.purgeAccessLog(before);
      if (deleted > 0) log.info('access-log-purged', { deleted, before });
    } catch (error) {
      log.warn('access-log-purge-failed', {
        message: error instanceof Error ? error.message : 'unknown',
      });
    }
  };

  return {
    record,
    entry,
    opened: (device, document) => record(entry(device, document, 'open')),
    async changed(device, document, documentName) {
      const at = now().getTime();
      const key = `${device.id} ${documentName}`;
      const last = lastChange.get(key);
      if (last !== undefined && at - last < changeEntryIntervalMs) return;
      // Forget sessions that ended, so the map holds only the last interval's.
      for (const [other, time] of lastChange) {
        if (at - time >= changeEntryIntervalMs) lastChange.delete(other);
      }
      lastChange.set(key, at);
      await record(entry(device, document, 'change'));
    },
    async start() {
      await purge();
      timer = setInterval(() => void purge(), purgeIntervalMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
  };
}
