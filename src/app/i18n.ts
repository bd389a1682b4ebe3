import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import daCommon from '../../locales/da/common.json';
import enCommon from '../../locales/en/common.json';
import { peerLinkLanguage } from '../domain/statusLink';
import { useUiStore } from '../store/ui';

/**
 * Only the app's frame (the `common` namespace) is in the first bundle. Every other namespace
 * is its own chunk, loaded in the chosen language when a screen first asks for it (the screen
 * suspends meanwhile), so the first screen does not carry every screen's texts twice.
 */
const loadNamespace = resourcesToBackend(
  (language: string, namespace: string) => import(`../../locales/${language}/${namespace}.json`),
);

export function initI18n() {
  // A peer's status opens in the language its link was made in, for this visit only.
  const { pathname, search, hash } = window.location;
  const linkLanguage = peerLinkLanguage(pathname, search, hash);
  if (linkLanguage) useUiStore.setState({ language: linkLanguage });
  void i18n
    .use(loadNamespace)
    .use(initReactI18next)
    .init({
      resources: { da: { common: daCommon }, en: { common: enCommon } },
      partialBundledLanguages: true,
      ns: ['common'],
      lng: useUiStore.getState().language,
      // Both languages have every key (tests/unit/locales.test.ts): no fallback to load.
      fallbackLng: false,
      load: 'currentOnly',
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes.
      returnNull: false,
    });
  document.documentElement.lang = i18n.language;
  useUiStore.subscribe((state, previous) => {
    if (state.language === previous.language) return;
    void i18n.changeLanguage(state.language);
    document.documentElement.lang = state.language;
  });
  return i18n;
}
