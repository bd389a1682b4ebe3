import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain/dates';
import { talkDateNotices, type TalkDateContext } from '../../domain/talkInput';
import { useDateFormat } from '../../lib/dateFormat';
import { dayOffName } from '../../ui/talkText';

/** Warnings, not errors, about a talk's date: a day off, or outside the probation. */
export function useTalkDateNotices() {
  const { t } = useTranslation('plan');
  const { t: tTalks } = useTranslation('talks');
  const { formatDate } = useDateFormat();
  return (talkKey: string, date: IsoDate, context: TalkDateContext): string[] => {
    const { dayOff, outsideProbation } = talkDateNotices(talkKey, date, context);
    const notices: string[] = [];
    if (dayOff) notices.push(t('talk.dayOffNotice', { reason: dayOffName(tTalks, dayOff) }));
    if (outsideProbation) {
      notices.push(
        t('talk.outsideNotice', {
          start: formatDate(context.start),
          lastDay: formatDate(context.lastDay),
        }),
      );
    }
    return notices;
  };
}
