import { format } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import { useTranslation } from 'react-i18next';
import { toDisplayDate, type IsoDate } from '../domain/dates';

const LOCALES = { da, en: enGB } as const;

export type DateStyle = 'long' | 'short' | 'weekdayLong';

const PATTERNS: Record<DateStyle, string> = {
  long: 'PPP',
  short: 'P',
  weekdayLong: 'EEEE PPP',
};

/** Formats calendar dates and instants in the chosen language. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? LOCALES.en : LOCALES.da;
  return {
    locale,
    formatDate: (date: IsoDate, style: DateStyle = 'long') =>
      format(toDisplayDate(date), PATTERNS[style], { locale }),
    formatInstant: (stamp: string) => format(new Date(stamp), 'PPp', { locale }),
    formatPattern: (date: IsoDate, pattern: string) =>
      format(toDisplayDate(date), pattern, { locale }),
  };
}
