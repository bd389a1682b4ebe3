import { format } from 'date-fns';
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

/** Formats calendar dates and instants in the chosen language. */
export function useDateFormat() {
  const locale = useLanguage() === 'en' ? LOCALES.en : LOCALES.da;
  return {
    locale,
    formatDate: (date: IsoDate, style: DateStyle = 'long') =>
      format(toDisplayDate(date), PATTERNS[style], { locale }),
    formatInstant: (stamp: string) => format(new Date(stamp), 'PPp', { locale }),
    formatPattern: (date: IsoDate, pattern: string) =>
      format(toDisplayDate(date), pattern, { locale }),
  };
}
