import { useTranslation } from 'react-i18next';
import { LANGUAGES, useUiStore, type Language } from '../../store/ui';
import { PageHeading } from '../../ui/PageHeading';
import { DataSection } from './DataSection';
import { DaysOffSwitch } from './DaysOffSwitch';

export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  const language = useUiStore((s) => s.language);
  const setLanguage = useUiStore((s) => s.setLanguage);
  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('language.heading')}</h2>
        <div className="form-group">
          <label className="form-label" htmlFor="language-select">
            {t('language.label')}
          </label>
          <select
            id="language-select"
            className="form-select"
            value={language}
            onChange={(event) => setLanguage(event.target.value as Language)}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`common:language.${code}`)}
              </option>
            ))}
          </select>
        </div>
      </section>
      <DaysOffSwitch />
      <DataSection />
    </>
  );
}
