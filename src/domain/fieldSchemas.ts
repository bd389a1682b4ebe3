/** Zod schemas for fields that both the backup file and the share link carry. */
import { z } from './zod';
import { isValidIsoDate } from './dates';
import { NOTE_MAX_LENGTH, TIME_OF_DAY_PATTERN } from './limits';
import { REFERRAL_WAYS } from './referral';
import { CADENCES } from './types';

export const isoDateSchema = z.string().refine(isValidIsoDate, 'Not a calendar date (yyyy-MM-dd)');

export const timeOfDaySchema = z.string().regex(TIME_OF_DAY_PATTERN);

export const cadenceSchema = z.enum(CADENCES);

export const referralSchema = z.strictObject({
  ways: z.array(z.enum(REFERRAL_WAYS)).max(REFERRAL_WAYS.length),
  description: z.string().max(NOTE_MAX_LENGTH),
});
