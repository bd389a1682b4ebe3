import { describe, expect, it } from 'vitest';
import { validateHireDraft, validateName, type HireDraft } from '../../src/domain/validation';

const valid: HireDraft = {
  name: ' MK ',
  jobTitle: 'Peer-medarbejder',
  startDate: '2027-03-15',
  probationMonths: '3',
  weeklyHours: '25',
};

describe('validateName', () => {
  it('requires a name that is not only spaces', () => {
    expect(validateName('')).toBe('required');
    expect(validateName('   ')).toBe('required');
    expect(validateName('A')).toBeNull();
  });

  it('refuses more than 100 characters, but allows an empty optional field', () => {
    expect(validateName('x'.repeat(101))).toBe('too-long');
    expect(validateName('x'.repeat(100))).toBeNull();
    expect(validateName('', false)).toBeNull();
  });
});

describe('validateHireDraft', () => {
  it('accepts a valid draft and trims and converts it', () => {
    const result = validateHireDraft(valid);
    expect(result).toEqual({
      ok: true,
      notices: {},
      value: {
        name: 'MK',
        jobTitle: 'Peer-medarbejder',
        startDate: '2027-03-15',
        probationMonths: 3,
        weeklyHours: 25,
      },
    });
  });

  it.each([
    ['startDate', '', 'required'],
    ['startDate', '2027-02-30', 'invalid-date'],
    ['startDate', '15-03-2027', 'invalid-date'],
    ['probationMonths', '0', 'probation-range'],
    ['probationMonths', '7', 'probation-range'],
    ['probationMonths', '2.5', 'probation-range'],
    ['probationMonths', '', 'probation-range'],
    ['weeklyHours', '0', 'hours-range'],
    ['weeklyHours', '49', 'hours-range'],
    ['weeklyHours', 'tyve', 'hours-range'],
    ['name', '', 'required'],
  ] as const)('rejects %s = %j with %s', (field, value, error) => {
    const result = validateHireDraft({ ...valid, [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toBe(error);
  });

  it('allows empty weekly hours (not set)', () => {
    const result = validateHireDraft({ ...valid, weeklyHours: ' ' });
    expect(result.ok && result.value.weeklyHours).toBeNull();
  });

  it('gives notices, not errors, above 3 months and outside 12–37 hours', () => {
    const result = validateHireDraft({ ...valid, probationMonths: '4', weeklyHours: '40' });
    expect(result.ok).toBe(true);
    expect(result.notices).toEqual({
      probationMonths: 'probation-over-legal-max',
      weeklyHours: 'hours-outside-recommended',
    });
    expect(validateHireDraft({ ...valid, weeklyHours: '12' }).notices).toEqual({});
    expect(validateHireDraft({ ...valid, weeklyHours: '37' }).notices).toEqual({});
    expect(validateHireDraft({ ...valid, weeklyHours: '11' }).notices).toEqual({
      weeklyHours: 'hours-outside-recommended',
    });
  });

  it('gives notices while other fields still have errors, but none for a value out of range', () => {
    const unfinished = validateHireDraft({ ...valid, name: '', probationMonths: '4' });
    expect(unfinished.ok).toBe(false);
    expect(unfinished.notices).toEqual({ probationMonths: 'probation-over-legal-max' });
    const outOfRange = validateHireDraft({ ...valid, probationMonths: '7', weeklyHours: '50' });
    expect(outOfRange.ok).toBe(false);
    expect(outOfRange.notices).toEqual({});
  });
});
