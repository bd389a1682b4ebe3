import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { parseBackup, readBackupFile, type ParsedBackup } from '../../src/db/backup';
import type {
  checklistItemSchema,
  hireSchema,
  talkSchema,
  teamSchema,
  worksheetAnswerSchema,
} from '../../src/domain/backupSchema';
import { BACKUP_MAX_BYTES } from '../../src/domain/backupSchema';
import type { ChecklistItem, Hire, Talk, Team, WorksheetAnswer } from '../../src/domain/types';
import { sampleBackup, sampleText } from '../support/backupFixture';

function problemOf(result: ParsedBackup) {
  return result.ok ? 'ok' : result.problem;
}

describe('backup schema', () => {
  it('describes exactly the records the app stores (a new field must be added here too)', () => {
    expectTypeOf<z.infer<typeof teamSchema>>().toEqualTypeOf<Team>();
    expectTypeOf<z.infer<typeof hireSchema>>().toEqualTypeOf<Hire>();
    expectTypeOf<z.infer<typeof checklistItemSchema>>().toEqualTypeOf<ChecklistItem>();
    expectTypeOf<z.infer<typeof talkSchema>>().toEqualTypeOf<Talk>();
    expectTypeOf<z.infer<typeof worksheetAnswerSchema>>().toEqualTypeOf<WorksheetAnswer>();
  });
});

describe('parseBackup', () => {
  it('accepts a valid backup and keeps every field', () => {
    const result = parseBackup(sampleText());
    expect(result).toEqual({ ok: true, backup: sampleBackup() });
  });

  it('refuses text that is not JSON', () => {
    expect(problemOf(parseBackup('Kære Mette, her er listen …'))).toBe('not-json');
    expect(problemOf(parseBackup(''))).toBe('not-json');
  });

  it('refuses a truncated file', () => {
    const text = sampleText();
    expect(problemOf(parseBackup(text.slice(0, Math.floor(text.length * 0.7))))).toBe('not-json');
  });

  it('refuses JSON that is not a Godt begyndt backup', () => {
    expect(problemOf(parseBackup('[1, 2, 3]'))).toBe('not-backup');
    expect(problemOf(parseBackup('null'))).toBe('not-backup');
    expect(problemOf(parseBackup('{"teams": []}'))).toBe('not-backup');
    expect(
      problemOf(
        parseBackup(sampleText((file) => (file.format = 'other-app' as typeof file.format))),
      ),
    ).toBe('not-backup');
  });

  it('refuses a file from a newer version of the app', () => {
    expect(problemOf(parseBackup(sampleText((file) => (file.version = 2 as 1))))).toBe(
      'future-version',
    );
  });

  it('refuses an unknown or malformed version', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      expect(problemOf(parseBackup(sampleText((file) => (file.version = version as 1))))).toBe(
        'wrong-version',
      );
    }
    expect(
      problemOf(parseBackup(sampleText((file) => delete (file as Partial<typeof file>).version))),
    ).toBe('wrong-version');
  });

  it.each([
    [
      'a number as text',
      (f: ReturnType<typeof sampleBackup>) => ((f.data.hires[0]!.probationMonths as unknown) = '3'),
      'data.hires[0].probationMonths',
    ],
    [
      'an impossible date',
      (f: ReturnType<typeof sampleBackup>) => (f.data.hires[0]!.startDate = '2027-02-30'),
      'data.hires[0].startDate',
    ],
    [
      'a boolean as text',
      (f: ReturnType<typeof sampleBackup>) => ((f.data.items[0]!.done as unknown) = 'yes'),
      'data.items[0].done',
    ],
    [
      'an unknown status',
      (f: ReturnType<typeof sampleBackup>) => ((f.data.talks[0]!.status as unknown) = 'lost'),
      'data.talks[0].status',
    ],
    [
      'a malformed time',
      (f: ReturnType<typeof sampleBackup>) => (f.data.talks[0]!.time = '25:00'),
      'data.talks[0].time',
    ],
    [
      'a table that is not a list',
      (f: ReturnType<typeof sampleBackup>) => ((f.data.teams as unknown) = {}),
      'data.teams',
    ],
    [
      'a missing field',
      (f: ReturnType<typeof sampleBackup>) => delete (f.data.teams[0] as Partial<Team>).createdAt,
      'data.teams[0].createdAt',
    ],
    [
      'a field the app does not know',
      (f: ReturnType<typeof sampleBackup>) =>
        ((f.data.teams[0] as unknown as Record<string, unknown>).secret = 1),
      'data.teams[0]',
    ],
    [
      'an empty name',
      (f: ReturnType<typeof sampleBackup>) => (f.data.teams[0]!.name = '   '),
      'data.teams[0].name',
    ],
    [
      'a name over 100 characters',
      (f: ReturnType<typeof sampleBackup>) => (f.data.hires[0]!.name = 'x'.repeat(101)),
      'data.hires[0].name',
    ],
    [
      'a note over 5000 characters',
      (f: ReturnType<typeof sampleBackup>) => (f.data.talks[0]!.notes = 'x'.repeat(5001)),
      'data.talks[0].notes',
    ],
    [
      'a hire of a team not in the file',
      (f: ReturnType<typeof sampleBackup>) => (f.data.hires[0]!.teamId = 'team-x'),
      'data.hires[0].teamId',
    ],
    [
      'a hire item owned by a team id',
      (f: ReturnType<typeof sampleBackup>) => (f.data.items[1]!.ownerId = 'team-1'),
      'data.items[1].ownerId',
    ],
    [
      'a talk of a hire not in the file',
      (f: ReturnType<typeof sampleBackup>) => (f.data.talks[0]!.hireId = 'hire-x'),
      'data.talks[0].hireId',
    ],
    [
      'two records with one id',
      (f: ReturnType<typeof sampleBackup>) => (f.data.items[1]!.id = 'item-1'),
      'data.items[1]',
    ],
  ])('refuses %s and says where', (_name, change, path) => {
    const result = parseBackup(sampleText(change));
    expect(result).toEqual({ ok: false, problem: 'invalid', detail: path });
  });

  it('keeps HTML and script in names as plain text', () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = parseBackup(sampleText((file) => (file.data.teams[0]!.name = name)));
    expect(result.ok && result.backup.data.teams[0]!.name).toBe(name);
  });
});

describe('readBackupFile', () => {
  it('refuses 50 MB of junk without reading it', async () => {
    const junk = new Blob([new Uint8Array(50 * 1024 * 1024).fill(0x7b)]);
    let read = false;
    Object.defineProperty(junk, 'text', {
      value: () => {
        read = true;
        return Promise.resolve('');
      },
    });
    expect(await readBackupFile(junk)).toEqual({ ok: false, problem: 'too-large' });
    expect(read).toBe(false);
  });

  it('reads a file just under the limit', async () => {
    const text = sampleText();
    const bytes = new TextEncoder().encode(text).length;
    const padded = text.slice(0, -1) + ' '.repeat(BACKUP_MAX_BYTES - bytes) + '}';
    const file = new Blob([padded]);
    expect(file.size).toBe(BACKUP_MAX_BYTES);
    expect(problemOf(await readBackupFile(file))).toBe('ok');
  });
});
