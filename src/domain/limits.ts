/**
 * The limits every part of the app checks against: the forms, the plan's rules, the backup
 * file and the share link all read them from here, so they cannot drift apart.
 */

/** Names, job titles and the user's own checklist items. */
export const NAME_MAX_LENGTH = 100;
/** Notes, worksheet answers and the referral description. */
export const NOTE_MAX_LENGTH = 5000;

/**
 * Whole months. Funktionærloven § 2, stk. 5 allows at most 3 (`legalMax`); longer ones are
 * allowed, with a notice, for employments outside that act.
 */
export const PROBATION_MONTHS = { min: 1, max: 6, default: 3, legalMax: 3 } as const;

/** Whole hours a week; the guide recommends 12–37, outside that gets a notice. */
export const WEEKLY_HOURS = { min: 1, max: 48, recommendedMin: 12, recommendedMax: 37 } as const;

/**
 * Months after the probation's last day until a hire's personal data is due for deletion or
 * anonymisation: storage limitation, GDPR art. 5(1)(e) (src/domain/cleanupDue.ts).
 */
export const CLEANUP_MONTHS_AFTER_PROBATION = 6;

/** Monthly talks after the probation in the biweekly cadence. */
export const MONTHLY_TALKS = { min: 0, max: 12, default: 3 } as const;

/** A talk's time of day as stored: 'HH:mm', 00:00–23:59. */
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Ids: what the app makes (UUIDs, and stable ids such as `<hireId>:<key>`) and nothing a
 * link's path could misread, such as `/`, `#`, `?` or `%`.
 */
export const ID_PATTERN = /^[A-Za-z0-9_:-]{1,200}$/;

/** The dates a person may enter: a start date, a talk's new date. */
export const DATE_RANGE = { min: '2000-01-01', max: '2100-12-31' } as const;
/**
 * The dates the app may store or show: the entered range plus the longest plan computed from
 * a start at its end (6 months' probation and 12 monthly talks).
 */
export const STORED_DATE_RANGE = { min: DATE_RANGE.min, max: '2102-12-31' } as const;
