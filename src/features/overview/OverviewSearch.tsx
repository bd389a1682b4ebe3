import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface OverviewSearchProps {
  query: string;
  onQuery: (query: string) => void;
  /** Hires found, or null while there is no search. */
  matches: number | null;
  teamMatches: number;
}

/** Filters the overview by team or hire name as the user types; the result is announced. */
export function OverviewSearch({ query, onQuery, matches, teamMatches }: OverviewSearchProps) {
  const { t } = useTranslation('overview');
  const id = useId();
  return (
    <div className="form-group overview-search" role="search">
      <label className="form-label" htmlFor={id}>
        {t('search.label')}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {t('search.hint')}
      </span>
      <input
        id={id}
        type="search"
        className="form-input"
        value={query}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        onChange={(event) => onQuery(event.target.value)}
      />
      <p className="search-result" role="status">
        {matches === null
          ? ''
          : teamMatches === 0
            ? t('search.none')
            : `${t('search.teams', { count: teamMatches })}, ${t('search.hires', { count: matches })}`}
      </p>
    </div>
  );
}
