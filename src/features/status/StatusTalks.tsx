import { useTranslation } from 'react-i18next';
import type { SnapshotTalk } from '../../domain/statusSnapshot';
import { talkParticipants } from '../../domain/talkRecords';
import { useDateFormat } from '../../lib/dateFormat';
import { talkTitle, weekLabel } from '../../ui/talkText';

/** The peer's talks: what, when (weekday, date, week, time) and with whom. */
export function StatusTalks({ talks }: { talks: readonly SnapshotTalk[] }) {
  const { t } = useTranslation('status');
  const { t: tTalks } = useTranslation('talks');
  const { formatDate } = useDateFormat();
  return (
    <section aria-labelledby="status-talks-heading" className="status-section">
      <h2 id="status-talks-heading">{t('talks.heading')}</h2>
      {talks.length === 0 ? (
        <p>{t('talks.none')}</p>
      ) : (
        <>
          <p>{t('talks.intro')}</p>
          <ol className="status-talks">
            {talks.map((talk) => (
              <li key={talk.key} className="status-talk">
                <h3 className="status-talk-title">{talkTitle(tTalks, talk.key)}</h3>
                <p className="status-talk-when">
                  <time dateTime={talk.date}>{formatDate(talk.date, 'weekdayLong')}</time>
                  {`, ${weekLabel(tTalks, talk.date)}`}
                  {talk.time && `, ${t('talks.at', { time: talk.time })}`}
                </p>
                <p className="status-talk-who">
                  {t(`talks.participants.${talkParticipants(talk.key)}`)}
                </p>
                {talk.held && <p className="status-talk-held">{t('talks.held')}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
