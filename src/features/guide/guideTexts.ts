import i18n from 'i18next';
import da from '../../../locales/da/guide.json';
import en from '../../../locales/en/guide.json';

// Danish is the source of the keys; English must have the same shape.
const english: typeof da = en;

/**
 * Adds the guide's long texts to i18next. They live in this route's chunk, so the first
 * screen does not download them.
 */
export function loadGuideTexts() {
  if (i18n.hasResourceBundle('da', 'guide')) return;
  i18n.addResourceBundle('da', 'guide', da);
  i18n.addResourceBundle('en', 'guide', english);
}
