import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  GUIDE_GROUPS,
  GUIDE_SECTION_IDS,
  textsMatch,
  type GuideSectionId,
} from '../../domain/guide';
import { PageHeading } from '../../ui/PageHeading';
import { useFocusOnHash } from '../../lib/useFocusOnHash';
import { GuideSection } from './GuideSection';
import { searchableTexts, sectionText } from './sectionText';
import './guide.css';
import { paths } from '../../config/paths';

export function GuidePage() {
  const { t } = useTranslation('guide');
  const searchId = useId();
  const [query, setQuery] = useState('');
  useFocusOnHash();

  const matches = (id: GuideSectionId) => textsMatch(searchableTexts(sectionText(t, id)), query);
  const groups = GUIDE_GROUPS.map((group) => ({
    id: group.id,
    sections: group.sections.filter(matches),
  })).filter((group) => group.sections.length > 0);
  const shown = groups.reduce((count, group) => count + group.sections.length, 0);
  const searching = query.trim() !== '';

  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="font-lead">{t('intro')}</p>
      <p className="guide-credit">
        {t('credit')} <Link to={paths.about.href('sources')}>{t('sourcesLink')}</Link>
      </p>

      <div className="form-group guide-search no-print" role="search">
        <label className="form-label" htmlFor={searchId}>
          {t('search.label')}
        </label>
        <span className="form-hint" id={`${searchId}-hint`}>
          {t('search.hint')}
        </span>
        <input
          id={searchId}
          type="search"
          className="form-input"
          value={query}
          aria-describedby={`${searchId}-hint ${searchId}-status`}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id={`${searchId}-status`} role="status" className="guide-search-status">
          {searching &&
            (shown === 0
              ? t('search.none', { query: query.trim() })
              : t('search.count', { count: shown, total: GUIDE_SECTION_IDS.length }))}
        </p>
      </div>

      {shown > 0 && (
        <nav aria-labelledby="guide-contents-heading" className="guide-contents no-print">
          <h2 id="guide-contents-heading" className="h4">
            {t('contents')}
          </h2>
          <ul>
            {groups.flatMap((group) =>
              group.sections.map((id) => (
                <li key={id}>
                  <Link to={`#${id}`}>{sectionText(t, id).title}</Link>
                </li>
              )),
            )}
          </ul>
        </nav>
      )}

      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`guide-group-${group.id}`}>
          <h2 id={`guide-group-${group.id}`}>{t(`groups.${group.id}`)}</h2>
          {group.sections.map((id) => (
            <GuideSection key={id} id={id} text={sectionText(t, id)} />
          ))}
        </section>
      ))}
    </>
  );
}
