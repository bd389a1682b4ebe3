import { useTranslation } from 'react-i18next';
import type { FollowUpWarning } from '../../domain/followUps';

export function PlanWarnings({ warnings }: { warnings: readonly FollowUpWarning[] }) {
  const { t } = useTranslation('plan');
  return warnings.map((warning) => (
    <div key={warning} className="alert alert-warning plan-warning">
      <div className="alert-body">
        <h2 className="alert-heading h4">{t(`warnings.${warning}.title`)}</h2>
        <p className="alert-text">{t(`warnings.${warning}.body`)}</p>
      </div>
    </div>
  ));
}
