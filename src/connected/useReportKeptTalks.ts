import { useTranslation } from 'react-i18next';
import type { Talk } from '../domain/types';
import { useUiStore } from '../store/ui';
import { useDateFormat } from '../lib/dateFormat';
import { talkTitle } from '../ui/talkText';

/**
 * Tells the user which talks kept a date they chose (or were held on) when a replan
 * moved the rule's dates, so nothing changes behind their back.
 */
export function useReportKeptTalks() {
  const { t } = useTranslation('talks');
  const { formatDate } = useDateFormat();
  const showToast = useUiStore((s) => s.showToast);
  return (kept: readonly Talk[]) => {
    if (kept.length === 0) return;
    const talks = kept
      .map((talk) => `${talkTitle(t, talk.key)} (${formatDate(talk.date)})`)
      .join('; ');
    showToast({ kind: 'info', messageKey: 'talks:keptDate', values: { talks } });
  };
}
