import { format, type Locale } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import { toDisplayDate, type IsoDate } from '../domain/dates';
import { useLanguage } from './useLoadedTranslation';

const LOCALES = { da, en: enGB } as const;

export type DateStyle = 'long' | 'short' | 'weekdayLong';

const PATTERNS: Record<DateStyle, string> = {
  long: 'PPP',
  short: 'P',
  weekdayLong: 'EEEE PPP',
};

function dateFormat(locale: Locale) {
  return {
    locale,
    formatDate: (date: IsoDate, style: DateStyle = 'long') =>
      format(toDisplayDate(date), PATTERNS[style], { locale }),
    formatInstant: (stamp: string) => format(new Date(stamp), 'PPp', { locale }),
    formatPattern: (date: IsoDate, pattern: string) =>
      format(toDisplayDate(date), pattern, { locale }),
  };
}

const FORMATS = { da: dateFormat(LOCALES.da), en: dateFormat(LOCALES.en) } as const;

/**
 * Formats calendar dates and instants in the chosen language. The functions stay the same
 * until the language changes, so they can be handed to memoised rows.
 */
export function useDateFormat() {
  return useLanguage() === 'en' ? FORMATS.en : FORMATS.da;
}
