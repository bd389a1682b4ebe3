import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain/dates';
import type { NoticeDayOff } from '../../domain/noticeDay';
import type { MarkerKind } from '../../domain/planTimeline';
import { noticeDayOffText } from '../../ui/talkText';
import { useTalkWhen } from '../../ui/useTalkWhen';

interface TimelineMarkerProps {
  marker: MarkerKind;
  date: IsoDate;
  /** For the notice deadline: set when that day is a day off. */
  dayOff?: NoticeDayOff | null;
}

/** A day in the probation that is not a talk: its start, midpoint, notice deadline, end. */
export function TimelineMarker({ marker, date, dayOff }: TimelineMarkerProps) {
  const { t } = useTranslation('talks');
  const when = useTalkWhen();
  return (
    <li className={`timeline-marker timeline-marker--${marker}`}>
      <span className="marker-name">{t(`markers.${marker}`)}</span>{' '}
      <span className="marker-date">{when({ date, time: null })}</span>
      {dayOff && (
        <p className="marker-guidance">
          {noticeDayOffText(t, dayOff, when({ date: dayOff.lastWorkdayBefore, time: null }))}
        </p>
      )}
      {marker === 'noticeDeadline' && (
        <p className="marker-guidance">{t('markers.noticeGuidance')}</p>
      )}
    </li>
  );
}
