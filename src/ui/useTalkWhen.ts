import type { Talk } from '../domain/types';
import { useDateFormat } from '../lib/dateFormat';
import { weekLabel } from './talkText';
import { useLoadedTranslation } from '../lib/useLoadedTranslation';

/** "tirsdag 30. marts 2027 · uge 13 · kl. 10:00": when a talk is, as people plan it. */
export function useTalkWhen() {
  const { t } = useLoadedTranslation('talks');
  const { formatDate } = useDateFormat();
  return (talk: Pick<Talk, 'date' | 'time'>) =>
    [
      formatDate(talk.date, 'weekdayLong'),
      weekLabel(t, talk.date),
      talk.time && t('atTime', { time: talk.time }),
    ]
      .filter(Boolean)
      .join(' · ');
}
