import { isValidIsoDate } from './dates';
import type { Cadence } from './types';

export const NAME_MAX_LENGTH = 100;
export const NOTE_MAX_LENGTH = 5000;
export const PROBATION_MONTHS = { min: 1, max: 6, default: 3, legalMax: 3 } as const;
export const WEEKLY_HOURS = { min: 1, max: 48, recommendedMin: 12, recommendedMax: 37 } as const;

/** Error codes; the UI turns each into a message in the chosen language. */
export type FieldError =
  'required' | 'too-long' | 'invalid-date' | 'probation-range' | 'hours-range';

/** Notices: allowed, but worth a second look. */
export type FieldNotice = 'probation-over-legal-max' | 'hours-outside-recommended';

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
  return null;
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

export function validateHireDraft(draft: HireDraft): ValidationResult<ValidHire> {
  const errors: Fields<FieldError> = {};
  const nameError = validateName(draft.name);
  if (nameError) errors.name = nameError;
  const titleError = validateName(draft.jobTitle, false);
  if (titleError) errors.jobTitle = titleError;
  if (draft.startDate.trim() === '') errors.startDate = 'required';
  else if (!isValidIsoDate(draft.startDate.trim())) errors.startDate = 'invalid-date';
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
