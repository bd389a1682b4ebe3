import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain/dates';
import type { MarkerKind } from '../../domain/planTimeline';
import { useTalkWhen } from '../../ui/useTalkWhen';

/** A day in the probation that is not a talk: its start, midpoint, notice deadline, end. */
export function TimelineMarker({ marker, date }: { marker: MarkerKind; date: IsoDate }) {
  const { t } = useTranslation('talks');
  const when = useTalkWhen();
  return (
    <li className={`timeline-marker timeline-marker--${marker}`}>
      <span className="marker-name">{t(`markers.${marker}`)}</span>{' '}
      <span className="marker-date">{when({ date, time: null })}</span>
      {marker === 'noticeDeadline' && (
        <p className="marker-guidance">{t('markers.noticeGuidance')}</p>
      )}
    </li>
  );
}
