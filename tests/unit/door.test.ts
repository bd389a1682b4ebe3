/**
 * The door: one set of rules for what may come in, asked by the forms and by the backup check
 * alike. Each odd value is tried in both.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup, type ParsedBackup } from '../../src/db/backup';
import type { BackupFile } from '../../src/domain/backupSchema';
import { validateReferral } from '../../src/domain/referral';
import { validateTalkDate } from '../../src/domain/talkInput';
import {
  validateEnteredDate,
  validateHireDraft,
  validateName,
  validateNote,
  type HireDraft,
} from '../../src/domain/validation';
import { sampleText } from '../support/backupFixture';

/** What the hire form holds: the fields as typed. */
const hireDraft = (fields: Partial<HireDraft> = {}): HireDraft => ({
  name: 'MK',
  jobTitle: '',
  startDate: '2027-03-15',
  probationMonths: '3',
  weeklyHours: '25',
  ...fields,
});

type File = Record<string, unknown> & BackupFile;

/** The problem and the place in the file the check names, or 'ok'. */
function verdict(result: ParsedBackup) {
  return result.ok ? 'ok' : `${result.problem} at ${result.detail ?? '?'}`;
}
const restoreOf = (change: (file: File) => void) => verdict(parseBackup(sampleText(change)));

describe('ids', () => {
  it.each(['team/1', 'team#1', 'team?1', 'team%2F1', 'team 1', ''])(
    'refuses the id "%s" in a backup, which no link could open',
    (bad) => {
      expect(
        restoreOf((file) => {
          file.data.teams[0]!.id = bad;
          file.data.hires[0]!.teamId = bad;
          file.data.items[0]!.ownerId = bad;
          file.data.answers[0]!.teamId = bad;
        }),
      ).toBe('invalid at data.teams[0].id');
    },
  );

  it('refuses an unsafe id in every table and reference', () => {
    expect(restoreOf((file) => (file.data.talks[0]!.id = 'a/b'))).toBe(
      'invalid at data.talks[0].id',
    );
    expect(restoreOf((file) => (file.data.items[1]!.ownerId = 'hire#1'))).toBe(
      'invalid at data.items[1].ownerId',
    );
    expect(restoreOf((file) => (file.data.items[0]!.templateId = '../x'))).toBe(
      'invalid at data.items[0].templateId',
    );
    expect(restoreOf((file) => (file.data.answers[0]!.questionId = 'why?'))).toBe(
      'invalid at data.answers[0].questionId',
    );
  });

  it('accepts the ids the app makes: UUIDs and stable ids such as <hireId>:<key>', () => {
    const uuid = '0b7c3f2e-5d1a-4c8e-9f60-2a4b6c8d0e1f';
    expect(
      restoreOf((file) => {
        file.data.hires[0]!.id = uuid;
        file.data.items[1]!.ownerId = uuid;
        file.data.talks[0]!.hireId = uuid;
        file.data.talks[0]!.id = `${uuid}:after-14-days`;
        file.data.items[0]!.id = 'team-1:team-day';
      }),
    ).toBe('ok');
  });
});

describe('dates', () => {
  it('refuses in the form a start date outside 2000–2100, and says which years', () => {
    expect(validateEnteredDate('9999-03-15')).toBe('date-range');
    expect(validateEnteredDate('1999-12-31')).toBe('date-range');
    expect(validateEnteredDate('2101-01-01')).toBe('date-range');
    expect(validateEnteredDate('2000-01-01')).toBeNull();
    expect(validateEnteredDate('2100-12-31')).toBeNull();
    expect(validateHireDraft(hireDraft({ startDate: '9999-03-15' }))).toMatchObject({
      ok: false,
      errors: { startDate: 'date-range' },
    });
    expect(validateTalkDate('9999-01-04')).toBe('date-range');
  });

  it('calls an impossible date not a date, never a missing one', () => {
    expect(validateEnteredDate('2027-02-30')).toBe('invalid-date');
    // The browser's date field gives '' for 30 February; the field itself says it is unreadable.
    expect(validateEnteredDate('', true)).toBe('invalid-date');
    expect(validateEnteredDate('')).toBe('required');
    expect(validateHireDraft(hireDraft({ startDate: '' }), true)).toMatchObject({
      errors: { startDate: 'invalid-date' },
    });
    expect(validateTalkDate('', true)).toBe('invalid-date');
  });

  it('refuses in a backup a start date outside 2000–2100 and a talk date past the plans', () => {
    expect(restoreOf((file) => (file.data.hires[0]!.startDate = '9999-03-15'))).toBe(
      'invalid at data.hires[0].startDate',
    );
    expect(restoreOf((file) => (file.data.hires[0]!.startDate = '1999-12-31'))).toBe(
      'invalid at data.hires[0].startDate',
    );
    expect(restoreOf((file) => (file.data.talks[0]!.date = '9999-01-04'))).toBe(
      'invalid at data.talks[0].date',
    );
    // A plan from a start late in 2100 reaches into 2102: such a file must still restore.
    expect(
      restoreOf((file) => {
        file.data.hires[0]!.startDate = '2100-12-31';
        file.data.talks[0]!.computedDate = '2102-06-30';
        file.data.talks[0]!.date = '2102-06-30';
      }),
    ).toBe('ok');
  });
});

describe('names and notes', () => {
  it.each([
    ['a carriage return', 'MK\rATTENDEE:mailto:x@example.org'],
    ['a newline', 'MK\nX'],
    ['a tab', 'M\tK'],
    ['a NUL', 'MK\u0000'],
    ['a C1 control', 'MK\u0085'],
    ['a line separator', 'MK\u2028X'],
  ])('refuses %s in a name, in the form and in a backup', (_, bad) => {
    expect(validateName(bad)).toBe('control-character');
    expect(validateHireDraft(hireDraft({ name: bad }))).toMatchObject({
      errors: { name: 'control-character' },
    });
    expect(restoreOf((file) => (file.data.hires[0]!.name = bad))).toBe(
      'invalid at data.hires[0].name',
    );
    expect(restoreOf((file) => (file.data.teams[0]!.name = bad))).toBe(
      'invalid at data.teams[0].name',
    );
    expect(restoreOf((file) => (file.data.items[1]!.title = bad))).toBe(
      'invalid at data.items[1].title',
    );
  });

  it('lets a note hold lines but no other control character, in the form and in a backup', () => {
    expect(validateNote('Første linje\nAnden linje')).toBeNull();
    expect(restoreOf((file) => (file.data.talks[0]!.notes = 'Første\nAnden'))).toBe('ok');
    for (const bad of ['a\rb', 'a\tb', 'a\u0007b', 'a\u2029b']) {
      expect(validateNote(bad)).toBe('note-control-character');
      expect(validateReferral('other', bad)).toMatchObject({
        errors: { description: 'description-control-character' },
      });
      expect(restoreOf((file) => (file.data.talks[0]!.notes = bad))).toBe(
        'invalid at data.talks[0].notes',
      );
      expect(restoreOf((file) => (file.data.answers[0]!.text = bad))).toBe(
        'invalid at data.answers[0].text',
      );
    }
    expect(validateNote('x'.repeat(5001))).toBe('note-too-long');
  });
});

describe('settings', () => {
  it('checks each setting by its own key: the days-off switch is true or false', () => {
    expect(restoreOf((file) => (file.data.settings[0]!.value = true))).toBe('ok');
    for (const value of ['nej', 1, null, { on: true }]) {
      expect(restoreOf((file) => ((file.data.settings[0]!.value as unknown) = value))).toBe(
        'invalid at data.settings[0].value',
      );
    }
  });

  it('refuses a deeply nested setting value without breaking', () => {
    const depth = 50_000;
    const deep = '{"deep":'.repeat(depth) + 'true' + '}'.repeat(depth);
    const text = sampleText().replace('"value":false', `"value":${deep}`);
    expect(verdict(parseBackup(text))).toBe('invalid at data.settings[0].value');
  });

  it('refuses a setting the app does not know, and names it', () => {
    expect(
      restoreOf((file) => file.data.settings.push({ key: 'theme', value: 'dark' } as never)),
    ).toBe('invalid at data.settings[1].key');
  });
});

describe('hours and probation out of range', () => {
  it('give one message each: the error, not also a notice beside it', () => {
    const result = validateHireDraft(hireDraft({ weeklyHours: '60', probationMonths: '7' }));
    expect(result).toEqual({
      ok: false,
      errors: { weeklyHours: 'hours-range', probationMonths: 'probation-range' },
      notices: {},
    });
  });
});
