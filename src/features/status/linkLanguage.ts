import type { LinkLanguage } from '../../domain/statusLink';

/** The language the peer's link opens in: the one the manager made it in. */
export function linkLanguage(language: string): LinkLanguage {
  return language === 'en' ? 'en' : 'da';
}
