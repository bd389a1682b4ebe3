import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_RANGE, PROBATION_MONTHS, WEEKLY_HOURS } from '../../domain/limits';
import { focusFirstInvalidField } from '../../lib/focusFirstInvalidField';
import { hasUnreadableDate } from '../../lib/unreadableDate';
import { useSingleFlight } from '../../lib/useSingleFlight';
import {
  FIELD_ERROR_LIMITS,
  NOTICE_LIMITS,
  validateHireDraft,
  type FieldError,
  type HireDraft,
  type ValidHire,
} from '../../domain/validation';
import { TextField } from '../../ui/TextField';

interface HireFormProps {
  initial: HireDraft;
  submitLabel: string;
  onSubmit: (value: ValidHire) => Promise<void>;
  onCancel: () => void;
}

type Errors = Partial<Record<keyof HireDraft, FieldError>>;

export function HireForm({ initial, submitLabel, onSubmit, onCancel }: HireFormProps) {
  const { t } = useTranslation(['hire', 'common']);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const { busy, run } = useSingleFlight();
  const result = validateHireDraft(draft);
  // Notices follow the fields as the user types; errors appear when they try to save.
  const { notices } = result;

  const field = (key: keyof HireDraft) => ({
    value: draft[key],
    onChange: (event: { target: HTMLInputElement }) =>
      setDraft({ ...draft, [key]: event.target.value }),
    error: errors[key] ? t(`common:fieldErrors.${errors[key]}`, FIELD_ERROR_LIMITS) : null,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    void run(() => send(form));
  }

  async function send(form: HTMLFormElement) {
    const checked = validateHireDraft(draft, hasUnreadableDate(form));
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalidField(form);
      return;
    }
    setErrors({});
    await onSubmit(checked.value);
  }

  return (
    <form onSubmit={submit} noValidate className="hire-form">
      <TextField
        label={t('fields.name')}
        hint={t('fields.nameHint')}
        autoComplete="off"
        {...field('name')}
      />
      <TextField
        label={t('fields.jobTitle')}
        hint={t('fields.jobTitleHint')}
        autoComplete="off"
        {...field('jobTitle')}
      />
      <TextField
        label={t('fields.startDate')}
        type="date"
        min={DATE_RANGE.min}
        max={DATE_RANGE.max}
        className="input-width-s"
        {...field('startDate')}
      />
      <TextField
        label={t('fields.probationMonths')}
        hint={t('fields.probationHint', PROBATION_MONTHS)}
        type="number"
        inputMode="numeric"
        min={PROBATION_MONTHS.min}
        max={PROBATION_MONTHS.max}
        className="input-width-xs"
        notice={
          notices.probationMonths ? t(`notices.${notices.probationMonths}`, NOTICE_LIMITS) : null
        }
        {...field('probationMonths')}
      />
      <TextField
        label={t('fields.weeklyHours')}
        hint={t('fields.weeklyHoursHint', {
          min: WEEKLY_HOURS.recommendedMin,
          max: WEEKLY_HOURS.recommendedMax,
        })}
        type="number"
        inputMode="numeric"
        className="input-width-xs"
        notice={notices.weeklyHours ? t(`notices.${notices.weeklyHours}`, NOTICE_LIMITS) : null}
        {...field('weeklyHours')}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
