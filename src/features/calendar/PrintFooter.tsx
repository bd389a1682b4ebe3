import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../domain/dates';
import { useDateFormat } from '../../lib/dateFormat';

/** Printed at the end of each printout: when it was printed, and the guide it builds on. */
export function PrintFooter() {
  const { t } = useTranslation('calendar');
  const { formatDate } = useDateFormat();
  return (
    <div className="print-footer print-only">
      <p>{t('print.printed', { date: formatDate(localIsoDate(new Date())) })}</p>
      <p>{t('print.credit')}</p>
    </div>
  );
}
