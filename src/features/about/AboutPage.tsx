import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { useFocusOnHash } from '../../lib/useFocusOnHash';

export function AboutPage() {
  const { t } = useTranslation('about');
  useFocusOnHash();
  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="font-lead">{t('intro')}</p>
      <section aria-labelledby="guide-heading">
        <h2 id="guide-heading">{t('guide.heading')}</h2>
        <p>{t('guide.body')}</p>
        <p>
          {t('guide.licence')}{' '}
          <a href="https://creativecommons.org/licenses/by-nc/4.0/deed.da" rel="license noreferrer">
            {t('guide.licenceLink')}
          </a>
        </p>
        <p>{t('guide.ourWords')}</p>
      </section>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" tabIndex={-1}>
          {t('sources.heading')}
        </h2>
        <p>{t('sources.intro')}</p>
        <ul className="source-list">
          {t('sources.items', { returnObjects: true }).map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('privacy.heading')}</h2>
        <p>{t('privacy.body')}</p>
      </section>
      <section aria-labelledby="legal-heading">
        <h2 id="legal-heading">{t('legal.heading')}</h2>
        <p>{t('legal.body')}</p>
      </section>
    </>
  );
}
