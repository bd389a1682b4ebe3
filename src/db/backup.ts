import type { z } from 'zod';
import {
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  backupFileSchema,
  type BackupData,
  type BackupFile,
} from '../domain/backupSchema';
import { withNewIds, withStableIds } from '../domain/backupRemap';
import type { IsoDate } from '../domain/dates';
import { fileNameSlug } from '../domain/fileNames';
import { db } from './db';
import { markAllSaved, recordFullBackup } from './device';
import { newId, nowStamp } from './ids';
import { readTeamRecords } from './teamRecords';

/** The tables a backup holds; the device table stays on the device. */
const dataTables = () => [db.teams, db.hires, db.items, db.talks, db.answers, db.settings];

export type BackupScope = { kind: 'all' } | { kind: 'team'; teamId: string };

async function readAll(): Promise<BackupData> {
  const [teams, hires, items, talks, answers, settings] = await Promise.all([
    db.teams.toArray(),
    db.hires.toArray(),
    db.items.toArray(),
    db.talks.toArray(),
    db.answers.toArray(),
    db.settings.toArray(),
  ]);
  // The settings table holds only what putSetting and a checked restore wrote.
  return { teams, hires, items, talks, answers, settings: settings as BackupData['settings'] };
}

/** One team with its hires and everything they own; no settings. */
async function readTeam(teamId: string): Promise<BackupData> {
  const records = await readTeamRecords(db, teamId);
  if (records.teams.length === 0) throw new Error(`No team ${teamId}`);
  return { ...records, settings: [] };
}

/**
 * Reads the records for a backup file. A full backup also records, in the same
 * transaction, that all work is now saved to a file.
 */
export async function createBackup(scope: BackupScope): Promise<BackupFile> {
  const data = await db.transaction('rw', [...dataTables(), db.device], async () => {
    if (scope.kind === 'team') return readTeam(scope.teamId);
    const all = await readAll();
    await recordFullBackup();
    return all;
  });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: nowStamp(),
    scope: scope.kind,
    data,
  };
}

export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup, null, 1);
}

/** `godt-begyndt-backup-2027-03-15.json`, or with the team's name for one team. */
export function backupFileName(today: IsoDate, teamName?: string): string {
  const slug = teamName === undefined ? '' : fileNameSlug(teamName);
  return ['godt-begyndt-backup', slug, today].filter(Boolean).join('-') + '.json';
}

export type BackupProblem =
  'too-large' | 'not-json' | 'not-backup' | 'future-version' | 'wrong-version' | 'invalid';

export type ParsedBackup =
  { ok: true; backup: BackupFile } | { ok: false; problem: BackupProblem; detail?: string };

/** Where in the file the first problem is, e.g. `data.hires[3].startDate`. */
function firstIssuePath(error: z.ZodError): string {
  const path = error.issues[0]?.path ?? [];
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Checks a backup file's text: JSON, our format, a version we know, valid records. */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof json !== 'object' || json === null || !('format' in json)) {
    return { ok: false, problem: 'not-backup' };
  }
  if (json.format !== BACKUP_FORMAT) return { ok: false, problem: 'not-backup' };
  const version = 'version' in json ? json.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return { ok: false, problem: 'future-version' };
  }
  // Version 1 is the first format; older versions get an upgrade step here when it changes.
  if (version !== BACKUP_VERSION) return { ok: false, problem: 'wrong-version' };
  const result = backupFileSchema.safeParse(json);
  if (!result.success) {
    return { ok: false, problem: 'invalid', detail: firstIssuePath(result.error) };
  }
  return { ok: true, backup: result.data };
}

/** Refuses an oversize file before reading it, then checks its contents. */
export async function readBackupFile(file: Blob): Promise<ParsedBackup> {
  if (file.size > BACKUP_MAX_BYTES) return { ok: false, problem: 'too-large' };
  return parseBackup(await file.text());
}

export type ImportMode = 'replace' | 'add';

/** Records of a restore stored so far, of all it holds. */
export interface RestoreProgress {
  done: number;
  total: number;
}

/** What the restore really added: counted in the database, not in the file. */
export interface RestoreResult {
  teams: number;
  hires: number;
}

/** Records per write: small enough to report progress often on a large file. */
const RESTORE_CHUNK = 2000;

/**
 * Restores a checked backup in ONE transaction: all of it, or nothing if anything fails.
 * "replace" empties the database first; "add" gives the records new ids beside the
 * existing ones. Talks and guide items are stored under their stable ids, also from older
 * files. `onProgress` hears after each chunk of records.
 */
export async function importBackup(
  backup: BackupFile,
  mode: ImportMode,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<RestoreResult> {
  const data = withStableIds(mode === 'add' ? withNewIds(backup.data, newId) : backup.data);
  const tables = [
    [db.teams, data.teams],
    [db.hires, data.hires],
    [db.items, data.items],
    [db.talks, data.talks],
    [db.answers, data.answers],
    [db.settings, data.settings],
  ] as const;
  const total = tables.reduce((sum, [, rows]) => sum + rows.length, 0);
  return db.transaction('rw', [...dataTables(), db.device], async () => {
    if (mode === 'replace') {
      for (const table of dataTables()) await table.clear();
    }
    const before = { teams: await db.teams.count(), hires: await db.hires.count() };
    let done = 0;
    for (const [table, rows] of tables) {
      for (let start = 0; start < rows.length; start += RESTORE_CHUNK) {
        const chunk = rows.slice(start, start + RESTORE_CHUNK);
        await (table as { bulkAdd(rows: readonly unknown[]): Promise<unknown> }).bulkAdd(chunk);
        done += chunk.length;
        onProgress?.({ done, total });
      }
    }
    // After "replace all", the data is exactly a file the user holds.
    if (mode === 'replace') await markAllSaved();
    return {
      teams: (await db.teams.count()) - before.teams,
      hires: (await db.hires.count()) - before.hires,
    };
  });
}

/**
 * Why a checked file still did not restore: no room, a file the database refuses whatever
 * is tried (its records break a rule of the database), or a failure worth retrying.
 */
export type RestoreFailure = 'quota' | 'file' | 'retry';

const REFUSED_BY_DATABASE = new Set([
  'ConstraintError',
  'DataError',
  'DataCloneError',
  'BulkError',
]);

export function restoreFailure(error: unknown): RestoreFailure {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  const names = [e?.name, e?.inner?.name];
  if (names.includes('QuotaExceededError')) return 'quota';
  return names.some((name) => name !== undefined && REFUSED_BY_DATABASE.has(name))
    ? 'file'
    : 'retry';
}
