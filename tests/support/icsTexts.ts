import { createInstance, type TFunction } from 'i18next';
import { resources } from '../../locales/resources';
import type { TalkEventTexts } from '../../src/domain/calendarEvents';
import { talkEventTexts } from '../../src/ui/calendarFile';

/** The calendar events' texts in one language, from the app's own locale files. */
export async function loadTalkEventTexts(lng: 'da' | 'en'): Promise<TalkEventTexts> {
  const i18n = createInstance();
  await i18n.init({ resources, lng, interpolation: { escapeValue: false } });
  return talkEventTexts(
    i18n.getFixedT(lng, 'talks') as TFunction<'talks'>,
    i18n.getFixedT(lng, 'calendar') as TFunction<'calendar'>,
  );
}
