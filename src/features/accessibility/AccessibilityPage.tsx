import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';

type SimpleSection = 'status' | 'known' | 'feedback' | 'enforcement';
const TESTS = ['axe', 'keyboard', 'reflow', 'motion'] as const;

function Section({ id }: { id: SimpleSection }) {
  const { t } = useTranslation('accessibility');
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(`${id}.heading`)}</h2>
      <p>{t(`${id}.body`)}</p>
    </section>
  );
}

/**
 * The accessibility statement (tilgængelighedserklæring) the Danish accessibility act asks
 * of public bodies, as a template the organisation completes.
 */
export function AccessibilityPage() {
  const { t } = useTranslation('accessibility');
  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="alert alert-info">{t('template')}</p>
      <p className="lead">{t('intro')}</p>
      <Section id="status" />
      <Section id="known" />
      <section aria-labelledby="method-heading">
        <h2 id="method-heading">{t('method.heading')}</h2>
        <p>{t('method.intro')}</p>
        <ul>
          {TESTS.map((test) => (
            <li key={test}>{t(`method.${test}`)}</li>
          ))}
        </ul>
        <p>{t('method.date')}</p>
      </section>
      <Section id="feedback" />
      <Section id="enforcement" />
    </>
  );
}
