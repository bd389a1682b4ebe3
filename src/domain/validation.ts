import { isValidIsoDate } from './dates';
import { isCleanName, isCleanNote, isEnterableDate } from './fieldRules';
import {
  DATE_RANGE,
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  PROBATION_MONTHS,
  WEEKLY_HOURS,
} from './limits';
import type { Cadence } from './types';

/** Error codes; the UI turns each into a message in the chosen language. */
export type FieldError =
  | 'required'
  | 'too-long'
  | 'control-character'
  | 'invalid-date'
  | 'date-range'
  | 'probation-range'
  | 'hours-range';

/** The limits an error's message names (passed to its translation). */
export const FIELD_ERROR_LIMITS = {
  nameMax: NAME_MAX_LENGTH,
  probationMin: PROBATION_MONTHS.min,
  probationMax: PROBATION_MONTHS.max,
  hoursMin: WEEKLY_HOURS.min,
  hoursMax: WEEKLY_HOURS.max,
  dateMinYear: DATE_RANGE.min.slice(0, 4),
  dateMaxYear: DATE_RANGE.max.slice(0, 4),
} as const;

/** Notices: allowed, but worth a second look. */
export type FieldNotice = 'probation-over-legal-max' | 'hours-outside-recommended';

/** The limits a notice's message names (passed to its translation). */
export const NOTICE_LIMITS = {
  legalMax: PROBATION_MONTHS.legalMax,
  min: WEEKLY_HOURS.recommendedMin,
  max: WEEKLY_HOURS.recommendedMax,
} as const;

export interface HireDraft {
  name: string;
  jobTitle: string;
  startDate: string;
  probationMonths: string;
  weeklyHours: string;
}

export interface ValidHire {
  name: string;
  jobTitle: string;
  startDate: string;
  probationMonths: number;
  weeklyHours: number | null;
  cadence?: Cadence;
}

type Fields<T> = Partial<Record<keyof HireDraft, T>>;

export type ValidationResult<T> =
  | { ok: true; value: T; notices: Fields<FieldNotice> }
  | { ok: false; errors: Fields<FieldError>; notices: Fields<FieldNotice> };

export function validateName(raw: string, required = true): FieldError | null {
  const name = raw.trim();
  if (required && name === '') return 'required';
  if (name.length > NAME_MAX_LENGTH) return 'too-long';
  if (!isCleanName(name)) return 'control-character';
  return null;
}

export type NoteError = 'note-too-long' | 'note-control-character';

/** A note, answer or description: at most NOTE_MAX_LENGTH, newlines but no other control. */
export function validateNote(text: string): NoteError | null {
  if (text.length > NOTE_MAX_LENGTH) return 'note-too-long';
  return isCleanNote(text) ? null : 'note-control-character';
}

export type DateError = 'required' | 'invalid-date' | 'date-range';

/**
 * A date the user typed (yyyy-MM-dd, as the browser's date field gives it). `unreadable`:
 * the field holds something that is not a date (the browser then gives ''), e.g. 30 February.
 */
export function validateEnteredDate(raw: string, unreadable = false): DateError | null {
  const date = raw.trim();
  if (unreadable || (date !== '' && !isValidIsoDate(date))) return 'invalid-date';
  if (date === '') return 'required';
  return isEnterableDate(date) ? null : 'date-range';
}

function parseWholeNumber(raw: string): number | null {
  const trimmed = raw.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

function validateProbation(raw: string): FieldError | number {
  const months = parseWholeNumber(raw);
  if (months === null || months < PROBATION_MONTHS.min || months > PROBATION_MONTHS.max) {
    return 'probation-range';
  }
  return months;
}

function validateHours(raw: string): FieldError | number | null {
  if (raw.trim() === '') return null;
  const hours = parseWholeNumber(raw);
  if (hours === null || hours < WEEKLY_HOURS.min || hours > WEEKLY_HOURS.max) return 'hours-range';
  return hours;
}

export function hireNotices(
  value: Pick<ValidHire, 'probationMonths' | 'weeklyHours'>,
): Fields<FieldNotice> {
  const notices: Fields<FieldNotice> = {};
  if (value.probationMonths > PROBATION_MONTHS.legalMax) {
    notices.probationMonths = 'probation-over-legal-max';
  }
  const hours = value.weeklyHours;
  if (
    hours !== null &&
    (hours < WEEKLY_HOURS.recommendedMin || hours > WEEKLY_HOURS.recommendedMax)
  ) {
    notices.weeklyHours = 'hours-outside-recommended';
  }
  return notices;
}

/** `dateUnreadable`: the date field holds something that is not a date (see validateEnteredDate). */
export function validateHireDraft(
  draft: HireDraft,
  dateUnreadable = false,
): ValidationResult<ValidHire> {
  const errors: Fields<FieldError> = {};
  const nameError = validateName(draft.name);
  if (nameError) errors.name = nameError;
  const titleError = validateName(draft.jobTitle, false);
  if (titleError) errors.jobTitle = titleError;
  const dateError = validateEnteredDate(draft.startDate, dateUnreadable);
  if (dateError) errors.startDate = dateError;
  const months = validateProbation(draft.probationMonths);
  if (typeof months === 'string') errors.probationMonths = months;
  const hours = validateHours(draft.weeklyHours);
  if (typeof hours === 'string') errors.weeklyHours = hours;

  const notices = hireNotices({
    probationMonths: typeof months === 'number' ? months : 0,
    weeklyHours: typeof hours === 'number' ? hours : null,
  });
  if (Object.keys(errors).length > 0 || typeof months !== 'number' || typeof hours === 'string') {
    return { ok: false, errors, notices };
  }
  return {
    ok: true,
    notices,
    value: {
      name: draft.name.trim(),
      jobTitle: draft.jobTitle.trim(),
      startDate: draft.startDate.trim(),
      probationMonths: months,
      weeklyHours: hours,
    },
  };
}
