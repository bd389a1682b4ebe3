import i18n, { type FlatNamespace, type TFunction } from 'i18next';
import { useMemo, useSyncExternalStore } from 'react';

function subscribeToLanguage(onChange: () => void) {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}

/** The language the texts are shown in; re-renders when it changes. */
export function useLanguage(): string {
  return useSyncExternalStore(subscribeToLanguage, () => i18n.language);
}

/**
 * useTranslation for parts rendered by the hundred (rows, progress bars, dates): react-i18next's
 * hook copies the whole i18n instance for every component that mounts, which costs
 * time when hundreds mount at once. This one only follows the
 * language, and does not load or wait: `namespace` must be loaded, as every screen's texts are
 * before it renders (its entry in src/app/router.tsx).
 */
export function useLoadedTranslation<N extends FlatNamespace = 'common'>(namespace?: N) {
  const language = useLanguage();
  const t = useMemo(
    () => i18n.getFixedT(language, namespace ?? 'common') as TFunction<N>,
    [language, namespace],
  );
  return { t, language };
}
