/**
 * The door's rules for single values, shared by the forms (validation.ts, referral.ts), the
 * backup file and the share link (fieldSchemas.ts): what one lets in, the others do too.
 */
import { isValidIsoDate } from './dates';
import { DATE_RANGE, ID_PATTERN, STORED_DATE_RANGE } from './limits';

// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
const NAME_FORBIDDEN = /[\p{Cc}\u2028\u2029]/u;
// The same, except the newline a note may hold.
const NOTE_FORBIDDEN = /[^\P{Cc}\n]|[\u2028\u2029]/u;

export function isSafeId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** A name, title or checklist item: one line, no control character. */
export function isCleanName(text: string): boolean {
  return !NAME_FORBIDDEN.test(text);
}

/** A note, answer or description: lines, no other control character. */
export function isCleanNote(text: string): boolean {
  return !NOTE_FORBIDDEN.test(text);
}

type Range = { readonly min: string; readonly max: string };

const inRange = (date: string, { min, max }: Range) =>
  isValidIsoDate(date) && date >= min && date <= max;

/** A date a person may enter (see DATE_RANGE); false for a malformed or impossible date too. */
export function isEnterableDate(date: string): boolean {
  return inRange(date, DATE_RANGE);
}

/** A date the app may store: a real calendar date within STORED_DATE_RANGE. */
export function isStorableDate(date: string): boolean {
  return inRange(date, STORED_DATE_RANGE);
}
