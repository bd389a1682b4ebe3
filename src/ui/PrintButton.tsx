import { useTranslation } from 'react-i18next';

/** Opens the browser's print dialog; the page's print styles decide what is printed. */
export function PrintButton() {
  const { t } = useTranslation('calendar');
  return (
    <button type="button" className="button button-primary" onClick={() => window.print()}>
      {t('print.button')}
    </button>
  );
}
