import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalidField } from '../../lib/focusFirstInvalidField';
import { updateHire } from '../../db/hireWrites';
import { MONTHLY_TALKS } from '../../domain/limits';
import { parseMonthlyTalks } from '../../domain/talkInput';
import { CADENCES, type Hire, type Talk } from '../../domain/types';
import { useUiStore } from '../../store/ui';
import { TextField } from '../../ui/TextField';
import { useReportKeptTalks } from '../../connected/useReportKeptTalks';
import { useWrite } from '../../connected/useWrite';
import { RadioGroup } from '../../ui/RadioGroup';

/** Choosing how often to follow up; saving replans the talks. */
export function CadenceForm({ hire }: { hire: Hire }) {
  const { t } = useTranslation('plan');
  const write = useWrite();
  const showToast = useUiStore((s) => s.showToast);
  const reportKept = useReportKeptTalks();
  const [cadence, setCadence] = useState(hire.cadence);
  const [monthly, setMonthly] = useState(String(hire.monthlyTalksAfter));
  const [monthlyError, setMonthlyError] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const monthlyTalksAfter =
      cadence === 'biweekly' ? parseMonthlyTalks(monthly) : hire.monthlyTalksAfter;
    setMonthlyError(monthlyTalksAfter === null);
    if (monthlyTalksAfter === null) {
      focusFirstInvalidField(event.currentTarget);
      return;
    }
    let kept: Talk[] = [];
    const ok = await write(async () => {
      kept = (await updateHire(hire.id, { cadence, monthlyTalksAfter }))?.keptByHand ?? [];
    });
    if (!ok) return;
    showToast({ kind: 'success', messageKey: 'plan:cadence.saved' });
    reportKept(kept);
  }

  return (
    <section aria-labelledby="cadence-heading" className="cadence no-print">
      <h2 id="cadence-heading">{t('cadence.heading')}</h2>
      <form onSubmit={submit} noValidate>
        <RadioGroup
          legend={t('cadence.legend')}
          value={cadence}
          onChange={setCadence}
          options={CADENCES.map((value) => ({
            value,
            label: t(`cadence.${value}`),
            hint: t(`cadence.${value}Hint`),
          }))}
        />
        {cadence === 'biweekly' && (
          <TextField
            label={t('cadence.monthlyTalks')}
            hint={t('cadence.monthlyTalksHint', MONTHLY_TALKS)}
            type="number"
            inputMode="numeric"
            min={MONTHLY_TALKS.min}
            max={MONTHLY_TALKS.max}
            className="input-width-xs"
            value={monthly}
            error={monthlyError ? t('cadence.monthlyTalksError', MONTHLY_TALKS) : null}
            onChange={(event) => setMonthly(event.target.value)}
          />
        )}
        <button type="submit" className="button button-secondary">
          {t('cadence.submit')}
        </button>
      </form>
    </section>
  );
}
