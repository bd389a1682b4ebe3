import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain/dates';
import { talkDateNotices, type TalkDateContext } from '../../domain/talkInput';
import { useDateFormat } from '../../ui/dates';
import { dayOffName } from '../../ui/talkText';

interface TalkDateNoticeListProps {
  talkKey: string;
  date: IsoDate;
  context: TalkDateContext;
  /** Set on the notices so a date field can point to them with aria-describedby. */
  id?: string;
}

/** Warnings, not errors: a talk on a day off, or a probation talk outside the probation. */
export function TalkDateNoticeList({ talkKey, date, context, id }: TalkDateNoticeListProps) {
  const { t } = useTranslation('plan');
  const { t: tTalks } = useTranslation('talks');
  const { formatDate } = useDateFormat();
  const { dayOff, outsideProbation } = talkDateNotices(talkKey, date, context);
  if (!dayOff && !outsideProbation) return null;
  return (
    <div className="field-notice talk-date-notice" id={id}>
      {dayOff && <p>{t('talk.dayOffNotice', { reason: dayOffName(tTalks, dayOff) })}</p>}
      {outsideProbation && (
        <p>
          {t('talk.outsideNotice', {
            start: formatDate(context.start),
            lastDay: formatDate(context.lastDay),
          })}
        </p>
      )}
    </div>
  );
}
