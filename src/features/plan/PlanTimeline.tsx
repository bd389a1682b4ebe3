import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../domain/dates';
import { noticeDeadlineDayOff } from '../../domain/noticeDay';
import { planTimeline } from '../../domain/planTimeline';
import { TalkItem } from './TalkItem';
import { TimelineMarker } from './TimelineMarker';
import type { PlanData } from './usePlan';

/** The talks and the probation's markers as one ordered list, by date. */
export function PlanTimeline({ data }: { data: PlanData }) {
  const { t } = useTranslation('plan');
  const { hire, talks, plan, customaryDaysOff } = data;
  const today = localIsoDate(new Date());
  const plannedByKey = new Map(plan.talks.map((planned) => [planned.key as string, planned]));
  const context = { start: hire.startDate, lastDay: plan.lastDay, customaryDaysOff };
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      <ol className="timeline" aria-label={t('timeline.label')}>
        {planTimeline(hire.startDate, plan, talks).map((entry) =>
          entry.type === 'talk' ? (
            <TalkItem
              key={entry.talk.id}
              talk={entry.talk}
              planned={plannedByKey.get(entry.talk.key)}
              context={context}
              today={today}
            />
          ) : (
            <TimelineMarker
              key={entry.marker}
              marker={entry.marker}
              date={entry.date}
              dayOff={
                entry.marker === 'noticeDeadline'
                  ? noticeDeadlineDayOff(entry.date, { customaryDaysOff })
                  : null
              }
            />
          ),
        )}
      </ol>
    </section>
  );
}
