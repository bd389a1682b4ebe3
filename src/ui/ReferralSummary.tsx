import { useTranslation } from 'react-i18next';
import type { Referral } from '../domain/referral';

/**
 * A team's referral agreement, read-only: how users get in touch with the peer worker.
 * Used on the team's page and in the peer worker's own view.
 */
export function ReferralSummary({ referral }: { referral: Referral }) {
  const { t } = useTranslation('referral');
  return (
    <dl className="referral-summary">
      {referral.ways.length > 0 && (
        <>
          <dt>{t('wayLabel')}</dt>
          {referral.ways.map((way) => (
            <dd key={way}>{t(`ways.${way}`)}</dd>
          ))}
        </>
      )}
      {referral.description && (
        <>
          <dt>{t('descriptionTerm')}</dt>
          <dd className="referral-description">{referral.description}</dd>
        </>
      )}
    </dl>
  );
}
