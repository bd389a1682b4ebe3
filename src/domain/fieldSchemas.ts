/** Zod schemas for the fields that the backup file and the share link carry: the door's rules. */
import { isCleanName, isCleanNote, isEnterableDate, isSafeId, isStorableDate } from './fieldRules';
import { NAME_MAX_LENGTH, NOTE_MAX_LENGTH, TIME_OF_DAY_PATTERN } from './limits';
import { REFERRAL_WAYS } from './referral';
import { CUSTOMARY_DAYS_OFF_KEY } from './settings';
import { CADENCES } from './types';
import { z } from './zod';

export const idSchema = z.string().refine(isSafeId, 'Not a valid id');

/** A stored date: the app's plans reach a little past the dates a person may enter. */
export const isoDateSchema = z
  .string()
  .refine(isStorableDate, 'Not a calendar date (yyyy-MM-dd) from 2000 to 2102');

/** A date a person entered (a start date): 2000–2100, as the forms allow. */
export const enteredDateSchema = z
  .string()
  .refine(isEnterableDate, 'Not a calendar date (yyyy-MM-dd) from 2000 to 2100');

/** A name or title that may be empty: one line, no control character. */
export const optionalNameSchema = z
  .string()
  .max(NAME_MAX_LENGTH)
  .refine(isCleanName, 'Control character or line break in a name');

export const nameSchema = optionalNameSchema.refine((text) => text.trim() !== '', 'Empty name');

export const noteSchema = z
  .string()
  .max(NOTE_MAX_LENGTH)
  .refine(isCleanNote, 'Control character in a note');

export const timeOfDaySchema = z.string().regex(TIME_OF_DAY_PATTERN);

export const cadenceSchema = z.enum(CADENCES);

export const referralSchema = z.strictObject({
  ways: z.array(z.enum(REFERRAL_WAYS)).max(REFERRAL_WAYS.length),
  description: noteSchema,
});

/** Each setting by its key's own schema; an unknown key is refused. */
export const settingSchema = z.discriminatedUnion(
  'key',
  [z.strictObject({ key: z.literal(CUSTOMARY_DAYS_OFF_KEY), value: z.boolean() })],
  { error: 'Unknown setting, or a value of the wrong type' },
);
