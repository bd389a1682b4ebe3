import { isCleanNote } from './fieldRules';
import { NOTE_MAX_LENGTH } from './limits';

/** The guide's ways of putting users in touch with the peer worker. Ids are stable. */
export const REFERRAL_WAYS = [
  'users-themselves',
  'contact-person',
  'action-plan',
  'other',
] as const;

export type ReferralWay = (typeof REFERRAL_WAYS)[number];

/**
 * A team's agreement on how users get in touch with the peer worker. The form picks one
 * way; it is kept as a list so the stored shape does not change if teams may combine ways.
 */
export interface Referral {
  ways: ReferralWay[];
  description: string;
}

export function isReferralWay(way: string): way is ReferralWay {
  return (REFERRAL_WAYS as readonly string[]).includes(way);
}

/** The team's referral agreement, or null when none is recorded (old teams have no field). */
export function referralOfTeam(team: { referral?: Referral | null }): Referral | null {
  const stored = team.referral;
  if (!stored) return null;
  const ways = stored.ways.filter(isReferralWay);
  if (ways.length === 0 && stored.description.trim() === '') return null;
  return { ways, description: stored.description };
}

export type ReferralError =
  | 'way-required'
  | 'description-required'
  | 'description-too-long'
  | 'description-control-character';

export type ReferralResult =
  | { ok: true; value: Referral }
  | { ok: false; errors: { way?: ReferralError; description?: ReferralError } };

/** Checks the form: a way must be chosen, and "other" must say which way. */
export function validateReferral(way: string, description: string): ReferralResult {
  const text = description.trim();
  const errors: { way?: ReferralError; description?: ReferralError } = {};
  if (!isReferralWay(way)) errors.way = 'way-required';
  if (way === 'other' && text === '') errors.description = 'description-required';
  if (text.length > NOTE_MAX_LENGTH) errors.description = 'description-too-long';
  else if (!isCleanNote(text)) errors.description = 'description-control-character';
  if (errors.way || errors.description || !isReferralWay(way)) return { ok: false, errors };
  return { ok: true, value: { ways: [way], description: text } };
}
