import { localIsoDate } from '../domain/dates';
import { nextTalk, overdueTalks } from '../domain/talkSchedule';
import type { Talk } from '../domain/types';
import { talkTitle } from './talkText';
import { useLoadedTranslation } from '../lib/useLoadedTranslation';
import { useTalkWhen } from './useTalkWhen';
import './NextTalk.css';

/** The next talk, and any talk whose day passed without being marked held. */
export function NextTalkSummary({ talks }: { talks: readonly Talk[] }) {
  const { t } = useLoadedTranslation('talks');
  const when = useTalkWhen();
  const today = localIsoDate(new Date());
  const next = nextTalk(talks, today);
  const overdue = overdueTalks(talks, today);
  const [firstOverdue] = overdue;
  return (
    <div className="next-talk">
      {firstOverdue && (
        <p className="next-talk-overdue">
          <span className="badge badge-warning">{t('next.overdue')}</span>{' '}
          {t('next.overdueCount', {
            count: overdue.length,
            title: talkTitle(t, firstOverdue.key),
            when: when(firstOverdue),
          })}
        </p>
      )}
      <p>
        {next
          ? t('next.label', { title: talkTitle(t, next.key), when: when(next) })
          : t('next.none')}
      </p>
    </div>
  );
}
