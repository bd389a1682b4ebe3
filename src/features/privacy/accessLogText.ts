import type { TFunction } from 'i18next';
import type { AccessLogEntry } from '../../db/syncServer';
import { toCsv } from '../../domain/csv';

/** An entry's cells in words, the same on screen and in the exported file. */
export function entryWords(entry: AccessLogEntry, t: TFunction<'privacy'>) {
  return [
    entry.deviceName,
    t(`accessLog.roles.${entry.role}`),
    t(`accessLog.documents.${entry.document}`),
    t(`accessLog.actions.${entry.action}`),
  ];
}

/**
 * The log as a CSV file's text. Times as the server gave them (UTC, ISO 8601): exact, and
 * read alike in every time zone. Danish spreadsheets split on ';', English ones on ','; the
 * byte-order mark makes them read the file as UTF-8 (æ, ø, å).
 */
export function accessLogCsv(
  entries: readonly AccessLogEntry[],
  t: TFunction<'privacy'>,
  language: string,
): string {
  const header = ['atUtc', 'device', 'role', 'document', 'action'] as const;
  const rows = [
    header.map((column) => t(`accessLog.columns.${column}`)),
    ...entries.map((entry) => [entry.at, ...entryWords(entry, t)]),
  ];
  return `\uFEFF${toCsv(rows, language === 'da' ? ';' : ',')}`;
}
