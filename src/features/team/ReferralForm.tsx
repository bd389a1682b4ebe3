import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setReferral } from '../../db/referral';
import {
  REFERRAL_WAYS,
  validateReferral,
  type Referral,
  type ReferralError,
  type ReferralWay,
} from '../../domain/referral';
import { NOTE_MAX_LENGTH } from '../../domain/limits';
import { useUnsavedFormGuard } from '../../lib/pendingWork';
import { useSingleFlight } from '../../lib/useSingleFlight';
import { RadioGroup } from '../../ui/RadioGroup';
import { useWrite } from '../../connected/useWrite';

interface ReferralFormProps {
  teamId: string;
  current: Referral | null;
  onDone: () => void;
}

/** Choose how users reach the peer worker (one way) and describe the agreement. */
export function ReferralForm({ teamId, current, onDone }: ReferralFormProps) {
  const { t } = useTranslation(['referral', 'common']);
  const id = useId();
  const write = useWrite();
  const [way, setWay] = useState<ReferralWay | ''>(current?.ways[0] ?? '');
  const [description, setDescription] = useState(current?.description ?? '');
  const [errors, setErrors] = useState<{ way?: ReferralError; description?: ReferralError }>({});
  const { busy: saving, run } = useSingleFlight();
  // The description is saved with the form, not as it is typed: ask before it is lost.
  useUnsavedFormGuard(
    saving || way !== (current?.ways[0] ?? '') || description !== (current?.description ?? ''),
  );
  const errorText = (error: ReferralError) => t(`errors.${error}`, { max: NOTE_MAX_LENGTH });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(send);
  }

  async function send() {
    const result = validateReferral(way, description);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (await write(() => setReferral(teamId, result.value))) onDone();
  }

  return (
    <form onSubmit={submit} noValidate className="referral-form no-print">
      <RadioGroup
        legend={t('wayLegend')}
        value={way}
        options={REFERRAL_WAYS.map((option) => ({ value: option, label: t(`ways.${option}`) }))}
        onChange={setWay}
        error={errors.way && errorText(errors.way)}
        autoFocus
      />
      <div className={`form-group${errors.description ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`${id}-description`}>
          {t('descriptionLabel')}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {t('descriptionHint')}
        </span>
        {errors.description && (
          <span className="form-error-message" id={`${id}-description-error`} role="alert">
            {errorText(errors.description)}
          </span>
        )}
        <textarea
          id={`${id}-description`}
          className="form-input"
          rows={4}
          value={description}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={[`${id}-hint`, errors.description && `${id}-description-error`]
            .filter(Boolean)
            .join(' ')}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <div className="button-row">
        {/* Secondary: the team page's one primary action is adding a peer worker. */}
        <button type="submit" className="button button-secondary" disabled={saving}>
          {t('common:actions.save')}
        </button>
        <button type="button" className="button button-tertiary" onClick={onDone}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
