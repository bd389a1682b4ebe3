import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/ui';

/** Tells the user when this tab can no longer use the database, and what to do. */
export function DbProblemBanner() {
  const { t } = useTranslation();
  const problem = useUiStore((s) => s.dbProblem);
  if (!problem) return null;
  return (
    <div className="alert alert-error db-problem" role="alert">
      <div className="alert-body container">
        <p className="alert-heading">{t(`dbProblem.${problem}.title`)}</p>
        <p className="alert-text">{t(`dbProblem.${problem}.body`)}</p>
        {problem === 'outdated' && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => window.location.reload()}
          >
            {t('dbProblem.reload')}
          </button>
        )}
      </div>
    </div>
  );
}
