import { describe, expect, it } from 'vitest';
import { isBackupDue, type BackupStatus } from '../../src/domain/backupReminder';
import { withNewIds } from '../../src/domain/backupRemap';
import { sampleBackup } from '../support/backupFixture';

const now = new Date('2027-03-15T12:00:00.000Z');
const status = (changes: Partial<BackupStatus>): BackupStatus => ({
  lastBackupAt: null,
  unsavedSince: null,
  reminderDays: 14,
  dismissedAt: null,
  ...changes,
});

describe('isBackupDue', () => {
  it('is not due when every change is in a backup', () => {
    expect(isBackupDue(status({ lastBackupAt: '2026-01-01T00:00:00.000Z' }), now)).toBe(false);
  });

  it('is due once unsaved work is older than the chosen period, not before', () => {
    expect(isBackupDue(status({ unsavedSince: '2027-03-01T12:00:00.000Z' }), now)).toBe(true);
    expect(isBackupDue(status({ unsavedSince: '2027-03-01T12:00:01.000Z' }), now)).toBe(false);
    expect(
      isBackupDue(status({ unsavedSince: '2027-03-07T12:00:00.000Z', reminderDays: 7 }), now),
    ).toBe(true);
  });

  it('is never due when the reminder is switched off', () => {
    expect(
      isBackupDue(status({ unsavedSince: '2020-01-01T00:00:00.000Z', reminderDays: 0 }), now),
    ).toBe(false);
  });

  it('stays quiet for one period after the user dismissed it', () => {
    const unsavedSince = '2027-01-01T00:00:00.000Z';
    expect(
      isBackupDue(status({ unsavedSince, dismissedAt: '2027-03-10T00:00:00.000Z' }), now),
    ).toBe(false);
    expect(
      isBackupDue(status({ unsavedSince, dismissedAt: '2027-02-28T00:00:00.000Z' }), now),
    ).toBe(true);
  });
});

describe('withNewIds', () => {
  it('gives every record a new id and keeps every reference pointing at the right record', () => {
    let counter = 0;
    const fresh = withNewIds(sampleBackup().data, () => `new-${++counter}`);
    const [team] = fresh.teams;
    const [hire] = fresh.hires;
    expect(team!.id).toMatch(/^new-/);
    expect(hire!.id).toMatch(/^new-/);
    expect(hire!.teamId).toBe(team!.id);
    expect(fresh.items.map((item) => item.ownerId)).toEqual([team!.id, hire!.id]);
    expect(fresh.talks[0]!.hireId).toBe(hire!.id);
    expect(fresh.answers[0]!.teamId).toBe(team!.id);
    const ids = [fresh.teams, fresh.hires, fresh.items, fresh.talks, fresh.answers].flatMap(
      (table) => table.map((record) => record.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(fresh.settings).toEqual([]);
  });

  it('keeps everything but the ids', () => {
    const fresh = withNewIds(sampleBackup().data, () => 'x');
    expect(fresh.talks[0]).toEqual({ ...sampleBackup().data.talks[0], id: 'x', hireId: 'x' });
    expect(fresh.hires[0]!.name).toBe('MK');
  });

  it('keeps a team id and a hire id that happen to be equal apart', () => {
    const data = sampleBackup().data;
    data.hires[0]!.id = 'team-1';
    data.items[1]!.ownerId = 'team-1';
    data.talks[0]!.hireId = 'team-1';
    let counter = 0;
    const fresh = withNewIds(data, () => `new-${++counter}`);
    expect(fresh.items[0]!.ownerId).toBe(fresh.teams[0]!.id);
    expect(fresh.items[1]!.ownerId).toBe(fresh.hires[0]!.id);
    expect(fresh.talks[0]!.hireId).toBe(fresh.hires[0]!.id);
  });
});
