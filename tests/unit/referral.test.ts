import { describe, expect, it } from 'vitest';
import { referralOfTeam, validateReferral } from '../../src/domain/referral';
import { NOTE_MAX_LENGTH } from '../../src/domain/limits';
import { worksheetAnswerId } from '../../src/domain/worksheet';

describe('validateReferral', () => {
  it('accepts a chosen way with a trimmed description', () => {
    expect(
      validateReferral('contact-person', '  Kontaktpersonen spørger ved første samtale '),
    ).toEqual({
      ok: true,
      value: {
        ways: ['contact-person'],
        description: 'Kontaktpersonen spørger ved første samtale',
      },
    });
  });

  it('accepts a way without a description', () => {
    expect(validateReferral('users-themselves', '')).toEqual({
      ok: true,
      value: { ways: ['users-themselves'], description: '' },
    });
  });

  it('asks for a way when none (or an unknown one) is chosen', () => {
    expect(validateReferral('', 'noget')).toEqual({ ok: false, errors: { way: 'way-required' } });
    expect(validateReferral('carrier-pigeon', '')).toEqual({
      ok: false,
      errors: { way: 'way-required' },
    });
  });

  it('asks what the other way is when "other" is chosen without a description', () => {
    expect(validateReferral('other', '   ')).toEqual({
      ok: false,
      errors: { description: 'description-required' },
    });
  });

  it('refuses a description over the note limit', () => {
    expect(validateReferral('other', 'x'.repeat(NOTE_MAX_LENGTH + 1))).toEqual({
      ok: false,
      errors: { description: 'description-too-long' },
    });
  });
});

describe('referralOfTeam', () => {
  it('is null for a team stored before referrals existed, or with none recorded', () => {
    expect(referralOfTeam({})).toBeNull();
    expect(referralOfTeam({ referral: null })).toBeNull();
  });

  it('drops ways it does not know (e.g. from a newer version) but keeps the description', () => {
    const stored = { ways: ['telepathy', 'action-plan'], description: 'Ved opstart' };
    expect(referralOfTeam({ referral: stored as never })).toEqual({
      ways: ['action-plan'],
      description: 'Ved opstart',
    });
  });
});

describe('worksheetAnswerId', () => {
  it('gives one id per team and question, so a second save overwrites the first', () => {
    expect(worksheetAnswerId('team-1', 'recovery')).toBe('team-1:recovery');
    expect(worksheetAnswerId('team-1', 'evaluation')).not.toBe(
      worksheetAnswerId('team-2', 'evaluation'),
    );
  });
});
