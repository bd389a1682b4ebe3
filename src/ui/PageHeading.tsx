import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let isFirstPage = true;

/**
 * The page's h1. It sets the document title and, after client-side navigation,
 * takes focus so screen-reader and keyboard users land on the new page.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – ${t('appName')}`;
  }, [title, t]);

  useEffect(() => {
    if (isFirstPage) isFirstPage = false;
    else ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
