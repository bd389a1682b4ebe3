/**
 * Where a shared status opens. Kept apart from statusSnapshot.ts so the app shell can
 * recognise the route without loading the snapshot code (zod, lz-string).
 */
import { paths } from '../config/paths';

const { path, href } = paths.sharedStatus;
const LINK_LANGUAGES = ['da', 'en'] as const;
export type LinkLanguage = (typeof LINK_LANGUAGES)[number];

export function isSharedStatusPath(pathname: string): boolean {
  return pathname === path || pathname === `${path}/`;
}

/**
 * The full link: the snapshot rides in the fragment, which browsers never send to a server;
 * the language it was made in rides in the query, so the peer reads it in that language.
 */
export function sharedStatusUrl(origin: string, fragment: string, language: LinkLanguage): string {
  return `${origin}${href(fragment, language)}`;
}

/** The language a shared status link was made in, or null (not a shared status, or none given). */
export function sharedStatusLanguage(pathname: string, search: string): LinkLanguage | null {
  if (!isSharedStatusPath(pathname)) return null;
  const language = new URLSearchParams(search).get('lang');
  return LINK_LANGUAGES.find((known) => known === language) ?? null;
}
