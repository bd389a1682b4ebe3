import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getCustomaryDaysOff, setCustomaryDaysOff } from '../../db/talkWrites';
import type { Talk } from '../../domain/types';
import { useUiStore } from '../../store/ui';
import { useReportKeptTalks } from '../../connected/useReportKeptTalks';
import { useWrite } from '../../connected/useWrite';

/** Whether 5 June, 24 and 31 December count as days off; switching replans every hire. */
export function DaysOffSwitch() {
  const { t } = useTranslation('settings');
  const write = useWrite();
  const showToast = useUiStore((s) => s.showToast);
  const reportKept = useReportKeptTalks();
  const on = useLiveQuery(getCustomaryDaysOff, []);

  async function toggle() {
    let kept: Talk[] = [];
    const ok = await write(async () => {
      kept = await setCustomaryDaysOff(!on);
    });
    if (!ok) return;
    showToast({ kind: 'success', messageKey: 'settings:daysOff.saved' });
    reportKept(kept);
  }

  return (
    <section aria-labelledby="days-off-heading">
      <h2 id="days-off-heading">{t('daysOff.heading')}</h2>
      <p className="form-hint" id="days-off-hint">
        {t('daysOff.hint')}
      </p>
      <button
        type="button"
        role="switch"
        className="toggle-switch"
        aria-checked={on ?? true}
        aria-describedby="days-off-hint"
        disabled={on === undefined}
        onClick={() => void toggle()}
      >
        <span>{t('daysOff.label')}</span>
      </button>
    </section>
  );
}
