import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referralOfTeam } from '../../domain/referral';
import type { Team } from '../../domain/types';
import { ReferralSummary } from '../../ui/ReferralSummary';
import { ReferralForm } from './ReferralForm';

/** The team's agreement on how users get in touch with the peer worker. */
export function ReferralSection({ team }: { team: Team }) {
  const { t } = useTranslation('referral');
  const [editing, setEditing] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  const referral = referralOfTeam(team);

  // After saving or cancelling, keyboard users continue from the button that opened the form.
  useEffect(() => {
    if (editing || !closed.current) return;
    closed.current = false;
    toggle.current?.focus();
  }, [editing]);

  function close() {
    closed.current = true;
    setEditing(false);
  }
  return (
    <section aria-labelledby="referral-heading">
      <h2 id="referral-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      {editing ? (
        <ReferralForm teamId={team.id} current={referral} onDone={close} />
      ) : (
        <>
          {referral ? <ReferralSummary referral={referral} /> : <p>{t('none')}</p>}
          <button
            ref={toggle}
            type="button"
            className="button button-secondary no-print"
            onClick={() => setEditing(true)}
          >
            {t(referral ? 'edit' : 'add')}
          </button>
        </>
      )}
    </section>
  );
}
