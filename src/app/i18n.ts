import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../locales/resources';
import { useUiStore } from '../store/ui';

export function initI18n() {
  void i18n.use(initReactI18next).init({
    resources,
    lng: useUiStore.getState().language,
    fallbackLng: 'da',
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
